import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { createMiddleware } from 'hono/factory';
import { chooseEncoding, isCompressible } from './encoding';
import type { AppEnv } from '../request-env';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Below this, compressing costs more than it saves (a header and a round of CPU). */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * Compresses API answers (JSON, the CSV export) above `COMPRESS_MIN_BYTES`, with brotli or gzip
 * as the request allows, on the thread pool (zlib's async calls), never a stream: the live
 * events stream is left alone. Brotli at quality 4 is about as fast as gzip and smaller.
 */
export function compressApi() {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    if (c.req.method === 'HEAD' || !res.body || res.headers.has('content-encoding')) return;
    if (!isCompressible(type)) return;
    const vary = res.headers.get('vary');
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    const plain = Buffer.from(await res.arrayBuffer());
    const packed =
      !encoding || plain.byteLength < COMPRESS_MIN_BYTES
        ? undefined
        : encoding === 'br'
          ? await brotli(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
          : await gzipped(plain, { level: 6 });
    // Hono copies the old answer's headers onto a new one, so change them after.
    c.res = new Response(new Uint8Array(packed ?? plain), res);
    c.res.headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    if (packed && encoding) {
      c.res.headers.set('content-encoding', encoding);
      c.res.headers.delete('content-length');
    }
  });
}
