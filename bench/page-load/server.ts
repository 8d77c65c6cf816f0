import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');

/**
 * The real server (createServer over a fresh PGlite with the demo seed, as the e2e tests start
 * it) serving one build, on 127.0.0.1 in its own process group. Both builds of a before/after
 * run go through the same server code, so only the build differs.
 */
export async function startServer(
  distDir: string,
  port: number,
): Promise<{ url: string; stop(): void }> {
  const work = mkdtempSync(join(tmpdir(), 'hiu-bench-load-'));
  const child: ChildProcess = spawn(
    join(repo, 'node_modules/.bin/tsx'),
    ['tests/e2e/support/serve.ts'],
    {
      cwd: repo,
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        E2E_PORT: String(port),
        E2E_DIST_DIR: distDir,
        E2E_SEED: join(work, 'seed.json'),
      },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    rmSync(work, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`The server for ${distDir} did not start on ${url}`);
}
