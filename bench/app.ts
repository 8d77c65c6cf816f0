/**
 * `npm run bench -- app`: what the PWA costs to load and how the journal store copes with 10,000
 * entries, in real Chromium. See the "App" section of bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { measureBytes, type Sizes } from './app/bytes';
import { buildPage, measureJournal, type Stats } from './app/journal';
import { serveStatic } from './app/serve';

const repo = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_APP_PORT ?? 9110);
const COUNT = Number(process.env.BENCH_ENTRIES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const JS_AIM_GZIP = 25 * 1024;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (s: Stats | null) => (s ? `${s.median} (${s.min}–${s.max})` : '–');

function sizesRow(name: string, s: Sizes) {
  return `| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
}

export async function main(): Promise<void> {
  const args = process.argv.slice(3);
  // Default: today's date (UTC), so a run never overwrites an earlier day's recorded figures.
  const outName =
    args.find((a) => a.startsWith('--out='))?.slice(6) ??
    `${new Date().toISOString().slice(0, 10)}-app`;
  const work = mkdtempSync(join(tmpdir(), 'hiu-bench-app-'));
  const appDir = join(work, 'app');
  const pageDir = join(work, 'page');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    // The real app build (same config as dist/app), with source maps to attribute bytes.
    console.log('Building the app (vite build --sourcemap) into a temp dir…');
    execFileSync('npx', ['vite', 'build', '--sourcemap', '--outDir', appDir, '--emptyOutDir'], {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const server = await serveStatic(appDir, PORT);
    const bytes = await measureBytes(browser, appDir, server.url).finally(() => server.close());

    const t = bytes.times;
    console.log('\nFirst route (/), as fetched by Chromium with the service worker blocked');
    console.log(
      `(shell on screen ${t.shellMs.toFixed(0)} ms, hiu:first-screen mark ${t.markMs.toFixed(0)} ms, ` +
        `home heading ${t.homeMs.toFixed(0)} ms after navigation start)`,
    );
    console.log('| file | via | when | asked at ms | raw | gzip | brotli |');
    for (const f of bytes.firstRoute.files) {
      console.log(
        `| ${f.path} | ${f.via} | ${f.when} | ${f.startMs} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`,
      );
    }
    console.log('\n| what | raw | gzip | brotli |');
    console.log(sizesRow('first route JS (asked before the mark)', bytes.firstRoute.js));
    console.log(sizesRow('JS asked before the home heading showed', bytes.homeJs));
    console.log(sizesRow('JS asked after the home heading', bytes.laterJs));
    console.log(sizesRow('all JS fetched by / until network idle', bytes.allJs));
    console.log(sizesRow('first route CSS', bytes.firstRoute.css));
    console.log(sizesRow('first route other (HTML, icons…)', bytes.firstRoute.other));
    console.log(sizesRow('first route total', bytes.firstRoute.total));
    console.log(sizesRow(`precache (${bytes.precache.count} files) JS`, bytes.precache.js));
    console.log(sizesRow('precache CSS', bytes.precache.css));
    console.log(sizesRow('precache total', bytes.precache.total));
    const jsOk = bytes.firstRoute.js.gzip <= JS_AIM_GZIP;
    console.log(`\nAim: first route JS ≤ 25 KB gzip: ${jsOk ? 'met' : 'MISSED'}`);
    console.log('\nFirst route JS by package (minified, gzip share pro rata)');
    for (const m of bytes.modules.slice(0, 15)) {
      console.log(`  ${m.name.padEnd(32)} ${kb(m.raw).padStart(9)}  ~${kb(m.gzipApprox)}`);
    }

    console.log(`\nBuilding the store bench page; ${COUNT} entries, ${RUNS} runs per read…`);
    await buildPage(pageDir);
    const journal = await measureJournal(browser, pageDir, PORT, COUNT, RUNS);
    console.log(
      '\n| mode | save all | save / entry | unlock | newest 50 | first search | (index read) | next search | full read + filter | rebuild | matches | search records |',
    );
    for (const j of journal) {
      console.log(
        `| ${j.mode} | ${(j.save.totalMs / 1000).toFixed(1)} s | ${ms(j.save.perEntry)} | ` +
          `${ms(j.unlock)} | ${ms(j.newest50)} | ${ms(j.searchFirst)} | ${ms(j.indexLoad)} | ` +
          `${ms(j.searchNext)} | ${ms(j.fullRead)} | ${j.rebuildMs} | ${j.matches} | ${j.searchRecords} |`,
      );
    }
    console.log('(ms: median (min–max))');

    const results = {
      date: new Date().toISOString(),
      machine: {
        nproc: cpus().length,
        cpu: cpus()[0]?.model,
        node: process.version,
        chromium: browser.version(),
      },
      bytes,
      aims: {
        firstRouteJsGzip: { aim: JS_AIM_GZIP, value: bytes.firstRoute.js.gzip, met: jsOk },
        newest50Ms: journal.map((j) => ({
          mode: j.mode,
          value: j.newest50.median,
          met: j.newest50.median < 50,
        })),
        searchMs: journal.map((j) => ({
          mode: j.mode,
          value: j.searchFirst.median,
          met: j.searchFirst.median < 150,
        })),
      },
      journal,
    };
    mkdirSync(join(repo, 'bench/results'), { recursive: true });
    const file = join(repo, 'bench/results', `${outName}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nRaw figures: ${file}`);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}
