// The dashboard's whole state is its URL's query, so that a view can be shared and the back button works.
export const FIELDS = ['q', 'entity', 'from', 'to', 'status'];
export const STATUSES = ['occurred', 'planned', 'possible', 'negated'];

export function read(search = location.search) {
  const params = new URLSearchParams(search);
  const state = {};
  for (const field of FIELDS) {
    state[field] = (params.get(field) || '').trim();
  }
  return state;
}

/** The state's query string, of the given fields only (the stream takes no status, the histogram no dates). */
export function query(state, fields = FIELDS) {
  const params = new URLSearchParams();
  for (const field of fields) {
    if (state[field]) {
      params.set(field, state[field]);
    }
  }
  return params.toString();
}

export function push(state) {
  const search = query(state);
  history.pushState(null, '', search ? '?' + search : location.pathname);
}

export function statuses(state) {
  return state.status ? state.status.split(',').filter(s => STATUSES.includes(s)) : [];
}
