// The overview: entries per day, week or month (uPlot bars). Dragging across it selects the buckets under the
// selection; the table beside it does the same from the keyboard.
import {el, clear} from './dom.js';
import {bounds, day, isoDay, seconds} from './dates.js';

const HEIGHT = 160;
const BUCKET_SECONDS = {day: 86400, week: 7 * 86400, month: 31 * 86400};

let plot = null;

/** Draws the histogram; onSelect(from, to) is called with ISO days when a range is chosen. */
export function drawHistogram(container, table, histogram, state, onSelect) {
  if (plot) {
    plot.destroy();
    plot = null;
  }
  clear(container);
  drawTable(table, histogram, onSelect);
  if (histogram.items.length === 0) {
    container.append(el('p', {class: 'hint'}, 'No events to chart.'));
    return;
  }
  const xs = histogram.items.map(b => seconds(b.start));
  const counts = histogram.items.map(b => b.count);
  const pad = BUCKET_SECONDS[histogram.bucket];
  plot = new uPlot({
    width: Math.max(container.clientWidth, 200),
    height: HEIGHT,
    tzDate: ts => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    legend: {show: false},
    cursor: {drag: {x: true, y: false, setScale: false}, points: {show: false}},
    scales: {x: {time: true, range: (u, min, max) => [min - pad, max + pad]}, y: {range: (u, min, max) => [0, max + 1]}},
    axes: [{}, {size: 40, values: (u, splits) => splits.map(v => Number.isInteger(v) ? v : '')}],
    series: [{}, {label: `entries per ${histogram.bucket}`, stroke: '#1d4ed8', fill: 'rgba(29, 78, 216, 0.55)',
      points: {show: false}, paths: uPlot.paths.bars({size: [0.8, 48]})}],
    hooks: {
      setSelect: [u => {
        if (u.select.width < 3) {
          return;
        }
        const a = u.posToVal(u.select.left, 'x');
        const b = u.posToVal(u.select.left + u.select.width, 'x');
        const inside = histogram.items.filter(item => seconds(item.start) >= a - pad / 2 && seconds(item.start) <= b + pad / 2);
        if (inside.length > 0) {
          onSelect(inside[0].start, inside[inside.length - 1].end);
        } else {
          onSelect(isoDay(a), isoDay(b));
        }
      }],
    },
  }, [xs, counts], container);
  container.setAttribute('role', 'img');
  container.setAttribute('aria-label', `Histogram of ${histogram.entries} events per ${histogram.bucket}, from `
    + `${day(histogram.items[0].start)} to ${day(histogram.items[histogram.items.length - 1].end)}`
    + (histogram.capped ? ' (the most salient only)' : ''));
  showRange(state);
}

/** Shades the chosen dates on the chart, so that the overview shows where the detail below lies. */
function showRange(state) {
  const from = bounds(state.from);
  const to = bounds(state.to);
  if (!plot || (!from && !to)) {
    return;
  }
  const [min, max] = [plot.scales.x.min, plot.scales.x.max];
  const left = from ? Math.max(seconds(from[0]), min) : min;
  const right = to ? Math.min(seconds(to[1]) + 86400, max) : max;
  if (right <= left) {
    return;
  }
  const x0 = plot.valToPos(left, 'x');
  plot.setSelect({left: x0, width: plot.valToPos(right, 'x') - x0, top: 0, height: plot.over.clientHeight}, false);
}

function drawTable(table, histogram, onSelect) {
  clear(table);
  table.append(el('caption', {}, `Events per ${histogram.bucket}` + (histogram.capped ? ' (the most salient only)' : '')),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'From'), el('th', {scope: 'col'}, 'To'),
      el('th', {scope: 'col'}, 'Events'), el('th', {scope: 'col'}, el('span', {class: 'visually-hidden'}, 'Narrow')))),
    el('tbody', {}, histogram.items.map(b => el('tr', {},
      el('td', {}, b.start), el('td', {}, b.end), el('td', {}, String(b.count)),
      el('td', {}, el('button', {type: 'button', onclick: () => onSelect(b.start, b.end)}, 'Show these'))))));
}

export function resizeHistogram(container) {
  if (plot) {
    plot.setSize({width: Math.max(container.clientWidth, 200), height: HEIGHT});
  }
}
