// The article view: metadata, how the publication date was found, and the events in text order with the date
// expressions marked. Everything from the article is text.
import {el, outletLink, marked, statusBadge, clear} from './dom.js';
import {label} from './dates.js';
import {getJson} from './api.js';

const main = document.getElementById('article');
const id = new URLSearchParams(location.search).get('id') || '';

function publicationDate(a) {
  const how = {
    given: 'given by the feed',
    inferred: 'inferred from the text',
    unknown: 'unknown: neither the feed nor the text tells it',
  }[a.dctSource] || a.dctSource;
  return el('section', {'aria-labelledby': 'dct-title'},
    el('h2', {id: 'dct-title'}, 'Publication date'),
    el('p', {}, a.dct ? `${a.dct} (${a.dctGranularity || 'day'}), ${how}` : how,
      a.dctConfidence !== null && a.dctConfidence !== undefined ? `, confidence ${a.dctConfidence}` : ''),
    a.dctEvidence && a.dctEvidence.length
      ? el('ul', {class: 'evidence', 'aria-label': 'Evidence'}, a.dctEvidence.map(e => el('li', {}, e))) : null);
}

function event(e) {
  return el('li', {class: 'statement'},
    el('p', {class: 'card-head'},
      el('time', {datetime: e.dateRange.start, class: 'date'}, label(e.date, e.granularity, e.dateRange)), ' ',
      statusBadge(e.status), ' ',
      el('a', {href: `/?from=${encodeURIComponent(e.dateRange.start)}&to=${encodeURIComponent(e.dateRange.end)}`},
        'on the timeline')),
    el('blockquote', {}, marked(e.sentence, e.dateStart - e.sentenceStart, e.dateEnd - e.sentenceStart)),
    e.actors.length || e.location
      ? el('p', {class: 'who'}, [e.actors.length ? 'Who: ' + e.actors.join(', ') : null,
        e.location ? 'Where: ' + e.location : null].filter(Boolean).join(' · ')) : null);
}

async function show() {
  try {
    const a = await getJson('/api/articles/' + encodeURIComponent(id));
    document.title = (a.title || a.id) + ' · News timeline';
    clear(main);
    const events = [...a.events].sort((x, y) => x.dateStart - y.dateStart);
    main.append(
      el('h1', {}, a.title || '(no title)'),
      el('dl', {class: 'meta'},
        el('dt', {}, 'Outlet'), el('dd', {}, a.source || '—'),
        el('dt', {}, 'Link'), el('dd', {}, outletLink(a.url, a.url || '—')),
        el('dt', {}, 'Published (feed)'), el('dd', {}, a.publishedAt || '—'),
        el('dt', {}, 'Language'), el('dd', {}, a.language || '—'),
        el('dt', {}, 'Stored'), el('dd', {}, a.storedAt || '—')),
      publicationDate(a),
      el('section', {'aria-labelledby': 'events-title'},
        el('h2', {id: 'events-title'}, `Events in text order (${events.length})`),
        el('ol', {class: 'statement-list'}, events.map(event))));
  } catch (e) {
    clear(main);
    main.append(el('p', {class: 'message', role: 'alert'}, 'Could not load the article: ' + e.message));
  }
}

show();
