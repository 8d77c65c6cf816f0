import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import { chooseEncoding, isCompressible, type Encoding } from './encoding';
import type { AppEnv } from '../request-env';
import { notFound } from '../problem';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';

const NOT_BUILT =
  'The app and console have not been built yet.\n\nRun `npm run build` (or `npm start`, which builds first), then start the server again.\n';

/** Vite puts content-hashed files in assets/: they never change, so caches may keep them. */
function cacheControl(relative: string): string {
  return relative.startsWith('/assets/') ? IMMUTABLE : 'no-cache';
}

async function fileAt(root: string, relative: string) {
  const full = resolve(root, `.${relative}`);
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  try {
    const info = await stat(full);
    return info.isFile() ? { full, info } : undefined;
  } catch {
    return undefined;
  }
}

/** A built file and its precompressed copies (`.br`, `.gz` beside it), read once. */
interface Loaded {
  /** The file's size and time, so a rebuilt file is read again. */
  version: string;
  plain: Uint8Array<ArrayBuffer>;
  encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
  /** An HTML page's inline `<style>` blocks, as CSP hash sources. */
  styleHashes: string[];
}

/**
 * The hashes that let a built page's inline critical CSS past `style-src 'self'`. Only our own
 * built files are read here, so nothing a visitor sends can add a hash.
 */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}`,
  );
}

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** A precompressed copy, only if it is not older than the file itself (else it is stale). */
async function readIfThere(
  path: string,
  notBefore: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    if ((await stat(path)).mtimeMs < notBefore) return undefined;
    return new Uint8Array(await readFile(path));
  } catch {
    return undefined;
  }
}

/**
 * Built files kept in memory (the app and console are a few hundred kilobytes): each request
 * still checks the file's size and time, so a new build is served without a restart.
 */
function fileCache() {
  const files = new Map<string, Loaded>();
  return async (
    full: string,
    version: string,
    compressible: boolean,
    mtimeMs: number,
  ): Promise<Loaded> => {
    const known = files.get(full);
    if (known?.version === version) return known;
    const plain = new Uint8Array(await readFile(full));
    const styleHashes = full.endsWith('.html')
      ? inlineStyleHashes(Buffer.from(plain).toString('utf8'))
      : [];
    const loaded: Loaded = { version, plain, encoded: {}, styleHashes };
    if (compressible) {
      for (const encoding of ['br', 'gzip'] as const) {
        const bytes = await readIfThere(full + SUFFIX[encoding], mtimeMs);
        if (bytes) loaded.encoded[encoding] = bytes;
      }
    }
    files.set(full, loaded);
    return loaded;
  };
}

async function send(
  c: Context<AppEnv>,
  root: string,
  relative: string,
  cache: ReturnType<typeof fileCache>,
) {
  const file = await fileAt(root, relative);
  if (!file) return undefined;
  const type = TYPES[extname(file.full).toLowerCase()] ?? 'application/octet-stream';
  const version = `${file.info.size.toString(16)}-${Math.floor(file.info.mtimeMs).toString(16)}`;
  const compressible = isCompressible(type);
  const loaded = await cache(file.full, version, compressible, file.info.mtimeMs);
  const wanted = compressible ? chooseEncoding(c.req.header('accept-encoding')) : undefined;
  const encoding = wanted && loaded.encoded[wanted] ? wanted : undefined;
  const etag = `W/"${version}${encoding ? `-${encoding}` : ''}"`;
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': cacheControl(relative),
    ETag: etag,
  };
  if (compressible) headers.Vary = 'Accept-Encoding';
  if (encoding) headers['Content-Encoding'] = encoding;
  if (loaded.styleHashes.length > 0) c.set('inlineStyleHashes', loaded.styleHashes);
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
  const body = encoding ? loaded.encoded[encoding] : loaded.plain;
  return c.body(body ?? loaded.plain, 200, headers);
}

/**
 * The two faces: `dist/app` at `/` and `dist/console` at `/console/`. A path that is not a file
 * and has no extension is a client-side route, so it gets that face's index.html.
 */
export function staticFiles(distDir: string) {
  const roots = { app: resolve(distDir, 'app'), console: resolve(distDir, 'console') };
  const cache = fileCache();
  return async (c: Context<AppEnv>) => {
    const path = c.req.path;
    if (path === '/api' || path.startsWith('/api/')) throw notFound('That API route');
    if (path === '/console') return c.redirect('/console/', 301);
    const inConsole = path.startsWith('/console/');
    const root = inConsole ? roots.console : roots.app;
    let relative = inConsole ? path.slice('/console'.length) : path;
    if (relative.includes('\0') || relative.includes('\\')) return c.text('Not found', 404);
    if (relative.endsWith('/')) relative += 'index.html';

    const found = await send(c, root, relative, cache);
    if (found) return found;
    const lastSegment = relative.slice(relative.lastIndexOf('/') + 1);
    if (lastSegment.includes('.') && !lastSegment.endsWith('.html')) {
      return c.text('Not found', 404);
    }
    const index = await send(c, root, '/index.html', cache);
    return index ?? c.text(NOT_BUILT, 503);
  };
}

/** Where `npm run build` writes, relative to this file (src/server/http). */
export const DEFAULT_DIST_DIR = join(import.meta.dirname, '..', '..', '..', 'dist');
