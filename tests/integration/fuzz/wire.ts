import { connect } from 'node:net';
import fc from 'fast-check';

/**
 * Raw HTTP/1.1 on a real socket, for what `app.request()` cannot send: a Content-Length that
 * lies, broken chunked encoding, both framings at once. Loopback only.
 */

/** How the body is framed on the wire. */
export type Framing =
  | { kind: 'length'; delta: number }
  | { kind: 'declared'; value: string }
  | { kind: 'chunked'; sizes: string[] }
  | { kind: 'both' }
  | { kind: 'twice'; delta: number }
  | { kind: 'none' };

export const framing: fc.Arbitrary<Framing> = fc.oneof(
  fc.record({ kind: fc.constant('length' as const), delta: fc.integer({ min: -5, max: 5 }) }),
  fc.record({
    kind: fc.constant('declared' as const),
    value: fc.constantFrom('-1', 'abc', '1e3', '0x10', '99999999999999', '262145', ''),
  }),
  fc.record({
    kind: fc.constant('chunked' as const),
    sizes: fc.array(fc.constantFrom('ok', 'zz', 'ffffffffff', '-1', '1;ext=x', ''), {
      maxLength: 3,
    }),
  }),
  fc.constant({ kind: 'both' as const }),
  fc.record({ kind: fc.constant('twice' as const), delta: fc.integer({ min: 1, max: 3 }) }),
  fc.constant({ kind: 'none' as const }),
);

/** The request bytes: head (with `Connection: close`) and body framed as asked. */
export function rawRequest(
  method: string,
  target: string,
  headers: [string, string][],
  body: Buffer,
  f: Framing,
): Buffer {
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
  for (const [k, v] of headers) lines.push(`${k}: ${v}`);
  let payload = body;
  switch (f.kind) {
    case 'length':
      lines.push(`Content-Length: ${Math.max(0, body.length + f.delta)}`);
      break;
    case 'declared':
      lines.push(`Content-Length: ${f.value}`);
      break;
    case 'twice':
      lines.push(`Content-Length: ${body.length}`, `Content-Length: ${body.length + f.delta}`);
      break;
    case 'both':
      lines.push(`Content-Length: ${body.length}`, 'Transfer-Encoding: chunked');
      break;
    case 'chunked': {
      lines.push('Transfer-Encoding: chunked');
      const parts: Buffer[] = [Buffer.from(`${body.length.toString(16)}\r\n`), body];
      for (const size of f.sizes) {
        // `ok` is a correct chunk; the others are broken size lines.
        parts.push(Buffer.from(size === 'ok' ? '\r\n1\r\nx' : `\r\n${size}\r\n`));
      }
      parts.push(Buffer.from('\r\n0\r\n\r\n'));
      payload = Buffer.concat(parts);
      break;
    }
    case 'none':
      break;
  }
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), payload]);
}

/** What came back, or `undefined` when the server (rightly) waited for bytes that never came. */
export interface RawResponse {
  status: number;
  headers: Headers;
  body: string;
}

/** Send bytes, half-close after `patienceMs` if nothing came back, and read one response. */
export function exchange(
  port: number,
  bytes: Buffer,
  patienceMs = 250,
): Promise<RawResponse | undefined> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const giveUp = setTimeout(() => socket.destroy(), patienceMs * 4);
    const nudge = setTimeout(() => socket.end(), patienceMs);
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ECONNRESET' || e.code === 'EPIPE') return; // closed on us: fine
      reject(e);
    });
    socket.on('close', () => {
      clearTimeout(giveUp);
      clearTimeout(nudge);
      resolve(parse(Buffer.concat(chunks)));
    });
    socket.write(bytes);
  });
}

function parse(raw: Buffer): RawResponse | undefined {
  const text = raw.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine = '', ...headerLines] = text.slice(0, end).split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
  if (!Number.isInteger(status)) return undefined;
  const headers = new Headers();
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  let body = raw.subarray(end + 4);
  if (headers.get('transfer-encoding')?.includes('chunked')) body = unchunk(body);
  return { status, headers, body: body.toString('utf8') };
}

function unchunk(data: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(out);
}
