// Article text is data, never markup: everything from the API goes into text nodes, and only http(s) URLs become
// links. Nothing here assigns innerHTML.

export function el(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** The URL when it is a web URL (http or https), else null: a javascript: or data: URL never becomes a link. */
export function webUrl(url) {
  if (!url) {
    return null;
  }
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function outletLink(url, text) {
  const href = webUrl(url);
  return href ? el('a', {href, rel: 'noopener noreferrer external'}, text) : el('span', {}, text);
}

/** The sentence with [start, end) marked; the whole sentence as text when the offsets do not fit it. */
export function marked(sentence, start, end) {
  const text = sentence || '';
  if (!(start >= 0 && end > start && end <= text.length)) {
    return [text];
  }
  return [text.slice(0, start), el('mark', {}, text.slice(start, end)), text.slice(end)];
}

/** The sentence with the first occurrence of the date's words marked, case-insensitively. */
export function markedWords(sentence, words) {
  const text = sentence || '';
  const at = words ? text.toLowerCase().indexOf(words.toLowerCase()) : -1;
  return at < 0 ? [text] : marked(text, at, at + words.length);
}

export function statusBadge(status) {
  return el('span', {class: 'badge badge-' + status}, status);
}

export function clear(element) {
  element.replaceChildren();
}
