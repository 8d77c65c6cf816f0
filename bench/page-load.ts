/**
 * `npm run bench -- page-load`: Lighthouse (mobile, simulated throttling) on `/`, `/help` and
 * `/console/`, the bytes of a first visit, its long tasks at 4x CPU, and offline cold starts to
 * Help now, for one or more builds in one run. See the "Page load" section of bench/README.md.
 *
 *   npm run bench -- page-load                          # this checkout's dist/
 *   npm run bench -- page-load --build=before:/tmp/old/dist --build=after:dist
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium';
import { medianRun, runLighthouse, type LighthouseRun } from './page-load/lighthouse';
import { firstVisitLongTasks, type LongTasks } from './page-load/long-tasks';
import { buildsFrom, median } from './page-load/builds';
import { startServer } from './page-load/server';
import { firstVisitBytes, offlineColdStarts, type Bytes, type VisitBytes } from './page-load/visit';

const repo = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_LOAD_PORT ?? 9120);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const TASK_RUNS = Number(process.env.BENCH_TASK_RUNS ?? 3);
/** How long each first visit at 4x is watched: the worker stores the app, then the rest loads. */
const TASK_SECONDS = Number(process.env.BENCH_TASK_SECONDS ?? 15);
const PAGES = ['/', '/help', '/console/'] as const;

interface BuildResult {
  label: string;
  dist: string;
  lighthouse: Record<string, { median: LighthouseRun; runs: LighthouseRun[] }>;
  bytes: VisitBytes;
  /** First visits at 4x CPU; `median` by blocking time. */
  longTasks: { median: LongTasks; runs: LongTasks[] };
  coldStartMs: { median: number; runs: number[] };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const bytesRow = (what: string, b: Bytes) =>
  `| ${what} | ${b.files} | ${kb(b.brotli)} | ${kb(b.wire)} |`;

async function measure(label: string, dist: string, port: number): Promise<BuildResult> {
  const server = await startServer(dist, port);
  try {
    const lighthouse: BuildResult['lighthouse'] = {};
    for (const path of PAGES) {
      const runs: LighthouseRun[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1)
        runs.push(await runLighthouse(server.url + path));
      lighthouse[path] = { median: medianRun(runs), runs };
      const m = lighthouse[path].median;
      console.log(
        `${label} ${path}: performance ${m.performance}, best practices ${m.bestPractices}, TBT ${m.tbtMs.toFixed(0)} ms`,
      );
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const bytes = await firstVisitBytes(browser, server.url, join(dist, 'app')).finally(() =>
      browser.close(),
    );
    const taskRuns: LongTasks[] = [];
    for (let i = 0; i < TASK_RUNS; i += 1)
      taskRuns.push(
        await firstVisitLongTasks(
          server.url,
          TASK_SECONDS,
          `${label.replace(/\W+/g, '-')}-${i + 1}`,
        ),
      );
    const byBlocking = [...taskRuns].sort((a, b) => a.blockingMs - b.blockingMs);
    const longTasks = { median: byBlocking[Math.floor(byBlocking.length / 2)]!, runs: taskRuns };
    const cold = await offlineColdStarts(server.url, COLD_RUNS);
    return {
      label,
      dist,
      lighthouse,
      bytes,
      longTasks,
      coldStartMs: { median: median(cold), runs: cold },
    };
  } finally {
    server.stop();
  }
}

export async function main(): Promise<void> {
  const args = process.argv.slice(3);
  const builds = buildsFrom(args, repo);
  if (builds.length === 0) builds.push({ label: 'this checkout', dist: join(repo, 'dist') });
  const outName =
    args.find((a) => a.startsWith('--out='))?.slice(6) ??
    `${new Date().toISOString().slice(0, 10)}-page-load`;
  const started = new Date().toISOString();
  const load = [loadavg()[0]];
  const results: BuildResult[] = [];
  for (const [i, build] of builds.entries()) {
    results.push(await measure(build.label, build.dist, PORT + i));
    load.push(loadavg()[0]);
  }

  console.log(
    '\n| build | page | performance | best practices | FCP ms | LCP ms | TBT ms | CLS | bytes (Lighthouse) | not passed |',
  );
  console.log('| --- | --- | --: | --: | --: | --: | --: | --: | --: | --- |');
  for (const r of results) {
    for (const path of PAGES) {
      const m = r.lighthouse[path]?.median;
      if (!m) continue;
      const all = r.lighthouse[path]?.runs.map((x) => x.performance).join(', ');
      console.log(
        `| ${r.label} | \`${path}\` | ${m.performance} (${all}) | ${m.bestPractices} | ${m.fcpMs.toFixed(0)} | ${m.lcpMs.toFixed(0)} | ${m.tbtMs.toFixed(0)} | ${m.cls.toFixed(3)} | ${kb(m.totalBytes)} | ${m.failed.join(', ') || '–'} |`,
      );
    }
  }
  for (const r of results) {
    console.log(`\n${r.label}: bytes of a first visit to / (fresh profile, 10 s)`);
    console.log('| what | files | brotli | on the wire |\n| --- | --: | --: | --: |');
    console.log(bytesRow('first route (HTML and what it names)', r.bytes.firstRoute));
    console.log(bytesRow('JavaScript the page fetched', r.bytes.firstVisitJs));
    console.log(bytesRow('everything the page fetched', r.bytes.firstVisit));
    const t = r.longTasks.median;
    console.log(
      `first visit at 4x CPU, ${TASK_SECONDS} s: ${t.afterPaint} long tasks after the first paint (${t.fcpMs} ms), ${t.blockingMs} ms over 50 ms (runs: ${r.longTasks.runs.map((x) => `${x.afterPaint}/${x.blockingMs}`).join(', ')}); tasks ${t.tasks.map(([s, d]) => `${s}+${d}`).join(' ')}`,
    );
    console.log(
      `offline cold start to Help now with tel:999 visible, 4x CPU: median ${r.coldStartMs.median.toFixed(0)} ms (${r.coldStartMs.runs.map((x) => x.toFixed(0)).join(', ')})`,
    );
  }

  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo })
    .toString()
    .trim();
  const chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .toString()
    .trim();
  mkdirSync(join(repo, 'bench/results'), { recursive: true });
  const out = join(repo, 'bench/results', `${outName}.json`);
  writeFileSync(
    out,
    JSON.stringify(
      {
        date: started,
        commit,
        cpus: cpus().length,
        chromium: chromiumVersion,
        node: process.version,
        loadAverage: load,
        results,
      },
      null,
      2,
    ),
  );
  console.log(`\nRaw figures: ${out}`);
}
