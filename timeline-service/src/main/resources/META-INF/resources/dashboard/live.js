// Follows /api/stream. While the connection only drops, the browser reconnects by itself and sends Last-Event-ID,
// so the service replays exactly what was missed. When the stream is closed for good (the service was away long
// enough, or the changes to replay were pruned: an event 'problem', a 410), a fresh stream is opened and the page
// reloads its data instead.
import {query} from './state.js';

const REOPEN_AFTER_MS = 3000;

export function follow(state, onChange, onStatus) {
  let source = null;
  let stopped = false;
  let reopenTimer = null;

  const filter = query(state, ['q', 'entity', 'from', 'to']);

  function open(fresh) {
    source = new EventSource('/api/stream' + (filter ? '?' + filter : ''));
    source.addEventListener('open', () => {
      onStatus('live');
      if (fresh) {
        onChange('reload', null);
      }
    });
    source.addEventListener('error', () => {
      if (stopped) {
        return;
      }
      onStatus('reconnecting');
      if (source.readyState === EventSource.CLOSED) {
        reopen();
      }
    });
    for (const kind of ['created', 'updated', 'deleted']) {
      source.addEventListener(kind, event => onChange(kind, JSON.parse(event.data)));
    }
    source.addEventListener('problem', () => reopen());
  }

  function reopen() {
    source.close();
    clearTimeout(reopenTimer);
    reopenTimer = setTimeout(() => open(true), REOPEN_AFTER_MS);
  }

  open(false);
  return () => {
    stopped = true;
    clearTimeout(reopenTimer);
    source.close();
  };
}
