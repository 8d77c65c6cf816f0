import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import type { AppEnv } from './env';
import { notFound } from './problem';

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

async function send(c: Context<AppEnv>, root: string, relative: string) {
  const file = await fileAt(root, relative);
  if (!file) return undefined;
  const etag = `W/"${file.info.size.toString(16)}-${Math.floor(file.info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'Content-Type': TYPES[extname(file.full).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(relative),
    ETag: etag,
  };
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
  return c.body(new Uint8Array(await readFile(file.full)), 200, headers);
}

/**
 * The two faces: `dist/app` at `/` and `dist/console` at `/console/`. A path that is not a file
 * and has no extension is a client-side route, so it gets that face's index.html.
 */
export function staticFiles(distDir: string) {
  const roots = { app: resolve(distDir, 'app'), console: resolve(distDir, 'console') };
  return async (c: Context<AppEnv>) => {
    const path = c.req.path;
    if (path === '/api' || path.startsWith('/api/')) throw notFound('That API route');
    if (path === '/console') return c.redirect('/console/', 301);
    const inConsole = path.startsWith('/console/');
    const root = inConsole ? roots.console : roots.app;
    let relative = inConsole ? path.slice('/console'.length) : path;
    if (relative.includes('\0') || relative.includes('\\')) return c.text('Not found', 404);
    if (relative.endsWith('/')) relative += 'index.html';

    const found = await send(c, root, relative);
    if (found) return found;
    const lastSegment = relative.slice(relative.lastIndexOf('/') + 1);
    if (lastSegment.includes('.') && !lastSegment.endsWith('.html')) {
      return c.text('Not found', 404);
    }
    const index = await send(c, root, '/index.html');
    return index ?? c.text(NOT_BUILT, 503);
  };
}

/** Where `npm run build` writes, relative to this file (src/server/http). */
export const DEFAULT_DIST_DIR = join(import.meta.dirname, '..', '..', '..', 'dist');
