// Dates as their granularity says them: a month, week or year is a span, not its first day.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const SHORT = MONTHS.map(m => m.slice(0, 3));

function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return {y, m, d};
}

export function day(iso) {
  const {y, m, d} = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function shortDay(iso) {
  const {m, d} = parts(iso);
  return `${d} ${SHORT[m - 1]}`;
}

/** How a timeline date reads: "16 July 2018", "July 2018", "Week 29, 2018 (16–22 Jul)", "2018", or a span. */
export function label(date, granularity, range) {
  const {start, end} = range;
  const {y, m} = parts(start);
  switch (granularity) {
    case 'day':
      return day(start);
    case 'week': {
      const week = /W(\d+)/.exec(date);
      return `${week ? 'Week ' + Number(week[1]) + ', ' : ''}${y} (${shortDay(start)} – ${shortDay(end)})`;
    }
    case 'month':
      return `${MONTHS[m - 1]} ${y}`;
    case 'year':
      return String(y);
    default:
      return start === end ? day(start) : `${day(start)} – ${day(end)}`;
  }
}

/** The first and last day of a TIMEX3-like value the filters take (2018, 2018-07, 2018-07-16), else null. */
export function bounds(value) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value || '');
  if (!match) {
    return null;
  }
  const [, y, m, d] = match;
  if (d) {
    return [value, value];
  }
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

export function seconds(iso) {
  return Date.parse(iso + 'T00:00:00Z') / 1000;
}

export function isoDay(seconds) {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
