import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium';

export interface LongTasks {
  /** First contentful paint of the visit, ms from navigation start. */
  fcpMs: number;
  /** Every long task (over 50 ms) as [start, duration] in ms. */
  tasks: [number, number][];
  /** Long tasks after the first paint, and their time over 50 ms each (as TBT sums it). */
  afterPaint: number;
  blockingMs: number;
  /** With `BENCH_CPU_PROFILE=1`: the visit's V8 CPU profile (open it in Chrome DevTools). */
  cpuProfile?: string;
}

const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };

/** Notes every long task from the start of the page. A string: see WATCH_FOR_HELP in visit.ts. */
const WATCH_LONG_TASKS = `(() => {
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

/**
 * A first visit to `/` in a fresh browser, service worker allowed, CPU slowed 4x (CDP), watched
 * for `seconds`: long enough for the worker to store the app and for everything that loads
 * after that. Unlike Lighthouse's simulation, these are the real tasks at 4x on this machine,
 * so a busy machine stretches them; compare builds measured in one run.
 */
export async function firstVisitLongTasks(
  url: string,
  seconds: number,
  name: string,
): Promise<LongTasks> {
  const profiling = Boolean(process.env.BENCH_CPU_PROFILE);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext(PHONE);
    await context.addInitScript({ content: WATCH_LONG_TASKS });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${url}/`);
    await page.waitForTimeout(seconds * 1000);
    let cpuProfile: string | undefined;
    if (profiling) {
      const { profile } = await cdp.send('Profiler.stop');
      cpuProfile = join(tmpdir(), `hiu-page-load-${name}.cpuprofile`);
      writeFileSync(cpuProfile, JSON.stringify(profile));
    }
    const seen = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      tasks: (window as unknown as { longTasks: [number, number][] }).longTasks,
    }));
    const tasks = seen.tasks.map(([s, d]): [number, number] => [Math.round(s), Math.round(d)]);
    const after = tasks.filter(([start]) => start >= seen.fcp);
    return {
      fcpMs: Math.round(seen.fcp),
      tasks,
      afterPaint: after.length,
      blockingMs: after.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      ...(cpuProfile ? { cpuProfile } : {}),
    };
  } finally {
    await browser.close();
  }
}
