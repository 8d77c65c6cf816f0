import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { PGlite } from '@electric-sql/pglite';

/**
 * How the embedded database is kept small. PGlite runs PostgreSQL inside this process, and its
 * memory never goes back to the system: whatever it touches stays in the server's RSS for good.
 * Measured in bench/README.md ("Where PGlite's memory goes").
 */

/**
 * PostgreSQL's defaults are sized for a server of its own (128 MB of shared buffers); a
 * service's data fits in far less.
 */
const SETTINGS = [
  'shared_buffers=16MB',
  'work_mem=1MB',
  'temp_buffers=1MB',
  'maintenance_work_mem=8MB',
];

export const pgliteStartParams = () => [
  ...PGlite.defaultStartParams,
  ...SETTINGS.flatMap((s) => ['-c', s]),
];

/**
 * V8 compiles WebAssembly twice by default: quickly (Liftoff), then again optimised in the
 * background, and keeps both. PostgreSQL's 9 MB of WebAssembly then takes about 50 MB more
 * than with the quick compiler alone, which measured as fast on our queries (most of a query's
 * time is not in WebAssembly). Set before PGlite compiles its module; only PGlite uses
 * WebAssembly in the server.
 */
export function compileWasmOnce(): void {
  setFlagsFromString('--liftoff-only');
}

/** Run in a child process: make a PGlite data directory (initdb), then exit. */
const INIT_SCRIPT = `
const [url, dir, params] = process.argv.slice(1);
const { PGlite } = await import(url);
const pg = await PGlite.create(dir, { startParams: JSON.parse(params) });
await pg.close();
`;

/**
 * Make a new data directory in a short-lived child process, so initdb's memory (about 800 MB
 * at its peak, 500 MB of it kept afterwards) goes with that process rather than staying in the
 * server's. Nothing happens for a directory already made. If the child cannot run, PGlite
 * makes the directory in this process as it always could.
 */
export function initDataDirApart(dir: string): void {
  if (existsSync(join(dir, 'PG_VERSION'))) return;
  try {
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        INIT_SCRIPT,
        import.meta.resolve('@electric-sql/pglite'),
        dir,
        JSON.stringify(pgliteStartParams()),
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 },
    );
  } catch {
    // PGlite's own first start makes the directory; only the memory is not given back.
  }
}

/**
 * How much WebAssembly memory a PGlite holds, read from the Emscripten module it keeps;
 * undefined if a PGlite version stops keeping it there.
 */
export function wasmBytes(pglite: PGlite): number | undefined {
  const inner = pglite as unknown as { mod?: { HEAPU8?: Uint8Array } };
  return inner.mod?.HEAPU8?.buffer.byteLength;
}
