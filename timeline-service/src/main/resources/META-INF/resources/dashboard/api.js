// Reads the service's own API; a problem's detail (its words, RFC 9457) is what the page shows on failure.
export async function getJson(path) {
  const response = await fetch(path, {headers: {Accept: 'application/json'}});
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      detail = (await response.json()).detail || detail;
    } catch {
      // not a problem body: the status says it
    }
    throw new Error(detail);
  }
  return response.json();
}
