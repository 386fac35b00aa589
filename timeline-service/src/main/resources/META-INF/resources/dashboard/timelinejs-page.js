// Shows the TimelineJS export of the query in this page's URL in TimelineJS itself, loaded from this service.
import {getJson} from './api.js';

const params = new URLSearchParams(location.search);
params.delete('format');
document.getElementById('back').href = '/' + (params.toString() ? '?' + params : '');
params.set('format', 'timelinejs');

function fail(text) {
  const message = document.getElementById('message');
  message.textContent = text;
  message.hidden = false;
}

try {
  const data = await getJson('/api/timeline?' + params);
  if (data.events.length === 0) {
    fail('No events match.');
  } else {
    // TL comes from timeline.js; its language files and icons are served under script_path.
    new TL.Timeline('timeline-embed', data, {
      script_path: new URL('/vendor/timelinejs/3.9.11/js/', location.href).href,
      hash_bookmark: false,
      // Its default font is a stylesheet of Google Fonts: the system's fonts instead, nothing from another host.
      font: null,
      initial_zoom: 2,
    });
  }
} catch (e) {
  fail('Could not load the timeline: ' + e.message);
}
