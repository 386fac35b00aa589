import {read, query, push, statuses, STATUSES} from './state.js';
import {el, clear} from './dom.js';
import {getJson} from './api.js';
import {card} from './cards.js';
import {drawHistogram, resizeHistogram} from './histogram.js';
import {follow} from './live.js';

const TIMELINE_LIMIT = 50;
const ENTITY_SUGGESTIONS = 10;
const REFRESH_AFTER_MS = 500;

const form = document.getElementById('filters');
const timeline = document.getElementById('timeline');
const message = document.getElementById('message');
const histogram = document.getElementById('histogram');
const histogramTable = document.getElementById('histogram-table');
const marker = document.getElementById('new-marker');
const liveStatus = document.getElementById('live');

let state = read();
let stopFollowing = () => {};
/** Entries created while the page was open, not yet looked at: the "N new" marker counts them. */
const fresh = new Set();
let refreshTimer = null;

function fillForm() {
  form.q.value = state.q;
  form.entity.value = state.entity;
  form.from.value = state.from;
  form.to.value = state.to;
  const chosen = statuses(state);
  for (const box of form.querySelectorAll('input[name=status]')) {
    box.checked = chosen.includes(box.value);
  }
}

function fromForm() {
  const chosen = [...form.querySelectorAll('input[name=status]:checked')].map(b => b.value);
  return {q: form.q.value.trim(), entity: form.entity.value.trim(), from: form.from.value.trim(),
    to: form.to.value.trim(), status: chosen.length === STATUSES.length ? '' : chosen.join(',')};
}

function showMessage(text) {
  message.textContent = text || '';
  message.hidden = !text;
}

async function load() {
  const search = query(state);
  const suffix = search ? '&' + search : '';
  updateExports(search);
  try {
    const [items, counts] = await Promise.all([
      getJson(`/api/timeline?limit=${TIMELINE_LIMIT}${suffix}`),
      getJson('/api/histogram?' + query(state, ['q', 'entity', 'status']))]);
    showMessage(null);
    renderTimeline(items.items);
    drawHistogram(histogram, histogramTable, counts, state, select);
  } catch (e) {
    showMessage('Could not load the timeline: ' + e.message);
  }
}

function renderTimeline(items) {
  clear(timeline);
  if (items.length === 0) {
    timeline.append(el('li', {class: 'empty'}, 'No events match.'));
  }
  for (const item of items) {
    timeline.append(card(item, item.entries.some(id => fresh.has(id))));
  }
}

function updateExports(search) {
  const suffix = search ? '&' + search : '';
  document.getElementById('export-timelinejs-page').href = '/timelinejs.html' + (search ? '?' + search : '');
  document.getElementById('export-timelinejs').href = '/api/timeline?format=timelinejs' + suffix;
  const listing = query(state, ['q', 'entity', 'from', 'to']);
  document.getElementById('export-csv').href = '/api/events?format=csv' + (listing ? '&' + listing : '');
  document.getElementById('export-ics').href = '/api/events?format=ics' + (listing ? '&' + listing : '');
}

function apply(next) {
  const streamChanged = ['q', 'entity', 'from', 'to'].some(f => next[f] !== state[f]);
  state = next;
  push(state);
  fillForm();
  load();
  if (streamChanged) {
    startFollowing();
  }
}

function select(from, to) {
  apply({...state, from, to});
}

function startFollowing() {
  stopFollowing();
  fresh.clear();
  updateMarker();
  stopFollowing = follow(state, onChange, status => {
    liveStatus.textContent = status === 'live' ? 'Live: new reports appear as they arrive' : 'Reconnecting…';
    liveStatus.dataset.state = status;
  });
}

function onChange(kind, entry) {
  const wanted = statuses(state);
  if (entry && kind !== 'deleted' && wanted.length && !wanted.includes(entry.status)) {
    return;
  }
  if (kind === 'created') {
    fresh.add(entry.id);
    updateMarker();
  }
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(load, REFRESH_AFTER_MS);
}

function updateMarker() {
  marker.hidden = fresh.size === 0;
  marker.textContent = `${fresh.size} new`;
}

marker.addEventListener('click', () => {
  const first = timeline.querySelector('.card-new');
  fresh.clear();
  updateMarker();
  if (first) {
    first.scrollIntoView({block: 'start'});
    first.querySelector('button')?.focus();
  }
});

form.addEventListener('submit', event => {
  event.preventDefault();
  apply(fromForm());
});

document.getElementById('clear-dates').addEventListener('click', () => apply({...fromForm(), from: '', to: ''}));

let entityTimer = null;
form.entity.addEventListener('input', () => {
  clearTimeout(entityTimer);
  entityTimer = setTimeout(async () => {
    const part = form.entity.value.trim();
    if (part.length < 2) {
      return;
    }
    try {
      const entities = await getJson(`/api/entities?limit=${ENTITY_SUGGESTIONS}&q=${encodeURIComponent(part)}`);
      const options = document.getElementById('entity-options');
      options.replaceChildren(...entities.items.map(e => el('option', {value: e.name},
        `${e.kind}, ${e.events} ${e.events === 1 ? 'event' : 'events'}`)));
    } catch {
      // suggestions are a help only; the filter itself still works
    }
  }, 200);
});

window.addEventListener('popstate', () => {
  state = read();
  fillForm();
  load();
  startFollowing();
});

window.addEventListener('resize', () => resizeHistogram(histogram));

fillForm();
load();
startFollowing();
