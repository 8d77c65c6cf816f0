/**
 * A phone whose browser can die: a persistent Chromium profile (`launchPersistentContext`) and
 * a way to kill every process of that browser at once with SIGKILL, as a flat battery or the
 * system's out-of-memory killer would. Only processes this test started are touched: the
 * browser is found among this process's own children by its profile folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, devices, type BrowserContext } from '@playwright/test';
import { SMALL_PHONE } from './app';
import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH } from './chromium';

export interface Phone {
  context: BrowserContext;
  /** Kill the browser now (SIGKILL, every process of it), then open it again on the same profile. */
  killAndReopen(): Promise<BrowserContext>;
  close(): Promise<void>;
}

function launch(dir: string, baseURL: string): Promise<BrowserContext> {
  const { defaultBrowserType: _b, ...pixel } = devices['Pixel 5'];
  return chromium.launchPersistentContext(dir, {
    ...pixel,
    viewport: SMALL_PHONE,
    baseURL,
    executablePath: CHROMIUM_PATH,
    args: ARGS,
  });
}

/** Every live process: pid, parent pid and command line (Linux /proc). */
function processes(): { pid: number; ppid: number; cmd: string }[] {
  const list: { pid: number; ppid: number; cmd: string }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces or brackets: the fields after its last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      list.push({ pid: Number(name), ppid, cmd });
    } catch {
      // Ended while we looked.
    }
  }
  return list;
}

/** The browser started on profile `dir`: a child of this process. */
function findBrowser(dir: string): number {
  const main = processes().find(
    (p) => p.ppid === process.pid && p.cmd.includes(`--user-data-dir=${dir}`),
  );
  if (!main) throw new Error(`No browser of this test runs on ${dir}`);
  return main.pid;
}

/** The process group of `pid` (the fifth field of /proc/<pid>/stat). */
function groupOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

/**
 * SIGKILL the browser and every process under it, all at once. Playwright starts the browser
 * as the leader of its own process group, so one signal to the group reaches them all at the
 * same instant; if it ever is not, each process of its tree is killed in turn.
 */
function killBrowser(pid: number): void {
  if (groupOf(pid) === pid) {
    process.kill(-pid, 'SIGKILL');
    return;
  }
  const all = processes();
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  for (const each of tree) {
    try {
      process.kill(each, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** A phone on a fresh profile folder, removed when the test ends. */
export async function openPhone(baseURL: string): Promise<Phone> {
  const dir = mkdtempSync(join(tmpdir(), 'hiu-phone-'));
  let browser = 0;
  const phone: Phone = {
    context: await launch(dir, baseURL),
    async killAndReopen() {
      const closed = new Promise<void>((resolve) => phone.context.once('close', () => resolve()));
      killBrowser(browser);
      await closed;
      phone.context = await launch(dir, baseURL);
      browser = findBrowser(dir);
      return phone.context;
    },
    async close() {
      await phone.context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
  // Found now, not at the moment of the kill: a kill must not wait for a look through /proc.
  browser = findBrowser(dir);
  return phone;
}
