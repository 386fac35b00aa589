// One card per date: the date (a span shown as a span), status as text, the leading statement, actors and place,
// the number of reports and the outlets as links. A card opens to all of its statements.
import {el, outletLink, markedWords, statusBadge, clear} from './dom.js';
import {label} from './dates.js';
import {getJson} from './api.js';

/** Entries of a date whose reports a card lists, and reports per entry: bounded, with a link to the rest. */
const MAX_ENTRIES = 10;
const REPORTS_PER_ENTRY = 50;

export function card(item, isNew) {
  const statements = el('div', {class: 'statements', id: `statements-${item.id}`, hidden: true});
  const toggle = el('button', {type: 'button', class: 'open', 'aria-expanded': 'false',
    'aria-controls': statements.id}, `All reports (${item.mentions})`);
  toggle.addEventListener('click', () => openStatements(item, toggle, statements));
  const who = [item.actors.length ? 'Who: ' + item.actors.join(', ') : null,
    item.location ? 'Where: ' + item.location : null].filter(Boolean);
  return el('li', {class: 'card' + (isNew ? ' card-new' : ''), 'data-entry': item.id, 'data-entries': item.entries.join(' ')},
    el('article', {'aria-labelledby': `summary-${item.id}`},
      el('header', {class: 'card-head'},
        el('time', {datetime: item.dateRange.start, class: 'date'}, label(item.date, item.granularity, item.dateRange)),
        statusBadge(item.status),
        isNew ? el('span', {class: 'badge badge-new'}, 'new') : null),
      el('h3', {id: `summary-${item.id}`, class: 'summary'}, item.summary),
      who.length ? el('p', {class: 'who'}, who.join(' · ')) : null,
      el('p', {class: 'counts'}, `${item.mentions} ${item.mentions === 1 ? 'report' : 'reports'} from `
        + `${item.sources} ${item.sources === 1 ? 'outlet' : 'outlets'}`),
      item.outlets.length ? el('ul', {class: 'outlets', 'aria-label': 'Reporting articles'},
        item.outlets.map(o => el('li', {}, outletLink(o.url, o.name || o.url), ' ',
          el('a', {href: `/article.html?id=${encodeURIComponent(o.articleId)}`, class: 'article-view',
            'aria-label': `Article view: ${o.title || o.name || ''}`}, 'article')))) : null,
      toggle, statements));
}

async function openStatements(item, toggle, container) {
  const open = toggle.getAttribute('aria-expanded') === 'true';
  toggle.setAttribute('aria-expanded', String(!open));
  container.hidden = open;
  if (open || container.dataset.loaded) {
    return;
  }
  container.dataset.loaded = 'yes';
  container.append(el('p', {}, 'Loading…'));
  try {
    const entries = item.entries.slice(0, MAX_ENTRIES);
    const pages = await Promise.all(entries.map(id => getJson(`/api/events/${id}/mentions?size=${REPORTS_PER_ENTRY}`)));
    clear(container);
    const list = el('ul', {class: 'statement-list'});
    pages.forEach(page => page.items.forEach(m => list.append(statement(m))));
    container.append(list);
    if (item.entries.length > MAX_ENTRIES || pages.some(p => p.next)) {
      container.append(el('p', {class: 'hint'}, 'More reports: ',
        el('a', {href: item.mentionsUrl}, 'the leading entry\'s reports as JSON')));
    }
  } catch (e) {
    clear(container);
    container.append(el('p', {class: 'message'}, 'Could not load the reports: ' + e.message));
  }
}

function statement(m) {
  return el('li', {class: 'statement'},
    el('blockquote', {}, markedWords(m.sentence || m.text, m.dateText)),
    el('p', {class: 'source'}, statusBadge(m.status), ' ', outletLink(m.url, m.source || m.url),
      m.title ? ': ' + m.title : '', ' ',
      el('a', {href: `/article.html?id=${encodeURIComponent(m.articleId)}`, class: 'article-view'}, 'article view')));
}
