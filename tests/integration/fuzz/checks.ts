import { ApiError } from '#shared/schemas/api-error';

/** What must hold for every answer the server gives, whatever it was sent. */
export async function problemsWith(
  method: string,
  path: string,
  res: Response,
  options: { https: boolean },
): Promise<string[]> {
  const problems: string[] = [];
  const type = res.headers.get('content-type') ?? '';
  // An event stream never ends by itself: its headers are checked, then it is closed.
  const stream = type.startsWith('text/event-stream');
  if (stream) await res.body?.cancel();
  const text = method === 'HEAD' || stream ? '' : await res.text();
  if (res.status >= 500) problems.push(`status ${res.status}`);

  const csp = res.headers.get('content-security-policy') ?? '';
  if (!csp.includes("default-src 'self'")) problems.push(`CSP missing or loose: "${csp}"`);
  if (/script-src[^;]*'unsafe-inline'/.test(csp)) problems.push("CSP allows 'unsafe-inline'");
  if (res.headers.get('x-content-type-options') !== 'nosniff') {
    problems.push('no X-Content-Type-Options: nosniff');
  }
  if (res.headers.get('referrer-policy') !== 'no-referrer') {
    problems.push('no Referrer-Policy: no-referrer');
  }
  if (!res.headers.get('permissions-policy')) problems.push('no Permissions-Policy');
  if (options.https && !res.headers.get('strict-transport-security')) {
    problems.push('no Strict-Transport-Security over HTTPS');
  }

  // The API's contract: every error is one JSON shape. Static 404s for files are plain text.
  const api = path === '/api' || path.startsWith('/api/');
  if (api && method !== 'HEAD' && (res.status < 200 || res.status >= 300)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      problems.push(`error body is not JSON: ${text.slice(0, 120)}`);
    }
    if (parsed !== undefined && !ApiError.safeParse(parsed).success) {
      problems.push(`error body is not an ApiError: ${text.slice(0, 200)}`);
    }
    if (!(res.headers.get('content-type') ?? '').startsWith('application/json')) {
      problems.push(`error content-type is ${res.headers.get('content-type')}`);
    }
  }
  // Successes are JSON, except an empty 204, an event stream, a photo (an image), the
  // outcomes CSVs (text/csv, which must then start with a header row: the long one's, or the
  // one-row-per-person one's, after Excel's byte order mark, which fetch's text() drops) and a person's record in plain text
  // (which must then start with its title line).
  const csv = type.startsWith('text/csv');
  const header = /^\uFEFF?(service_ref|person_ref),/.test(text);
  if (csv && method !== 'HEAD' && !header) {
    problems.push('a CSV without its header row');
  }
  const plain = api && res.status < 300 && type.startsWith('text/plain');
  if (plain && method !== 'HEAD' && !text.startsWith('Everything the service keeps about ')) {
    problems.push('a plain-text record without its title line');
  }
  const notJson = res.status === 204 || stream || type.startsWith('image/') || csv || plain;
  if (res.status === 204 && text !== '') problems.push('a 204 with a body');
  if (api && method !== 'HEAD' && res.status >= 200 && res.status < 300 && !notJson) {
    try {
      JSON.parse(text);
    } catch {
      problems.push(`success body is not JSON: ${text.slice(0, 120)}`);
    }
  }
  if (problems.length > 0) problems.push(`body: ${text.slice(0, 300)}`);
  return problems;
}
