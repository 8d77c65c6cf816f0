/**
 * After `vite build`: writes `.br` and `.gz` beside every compressible built file, so the server
 * sends the smallest copy the browser accepts without compressing on each request. Part of
 * `npm run build`; `tsx src/server/cli/precompress.ts [dir]` (default: dist).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESS_MIN_BYTES } from '../http/compress-json';

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
]);

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** Compresses every built file worth it under `dir`; answers the bytes before and after. */
export function precompress(dir: string): { files: number; plain: number; brotli: number } {
  const totals = { files: 0, plain: 0, brotli: 0 };
  for (const path of files(dir)) {
    if (!COMPRESSIBLE.has(extname(path).toLowerCase())) continue;
    const plain = readFileSync(path);
    if (plain.byteLength < COMPRESS_MIN_BYTES) continue;
    const br = brotliCompressSync(plain, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: plain.byteLength,
      },
    });
    const gz = gzipSync(plain, { level: 9 });
    // A copy is only kept where it is smaller; the server then sends the plain file.
    if (br.byteLength < plain.byteLength) writeFileSync(`${path}.br`, br);
    if (gz.byteLength < plain.byteLength) writeFileSync(`${path}.gz`, gz);
    totals.files++;
    totals.plain += plain.byteLength;
    totals.brotli += Math.min(br.byteLength, plain.byteLength);
  }
  return totals;
}

if (process.argv[1] === import.meta.filename) {
  const dir = resolve(process.argv[2] ?? 'dist');
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  const { files: count, plain, brotli } = precompress(dir);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`precompressed ${count} files in ${dir}: ${kb(plain)} → ${kb(brotli)} brotli`);
}
