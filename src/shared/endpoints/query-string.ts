/**
 * `a=1&b=two%20words` from an object's entries: each key and value percent-encoded
 * (`encodeURIComponent`), undefined and null values left out, in the object's own order.
 * Our own so `src/shared` needs no DOM (`URLSearchParams` is a web API).
 */
export function queryString(query: object): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
  return parts.join('&');
}
