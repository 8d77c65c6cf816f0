/**
 * `npm run bench -- page-load-ab --build=before:/tmp/old/dist --build=after:dist`: the same
 * measures as `page-load` (Lighthouse on `/` and `/help`, long tasks of a first visit at 4x,
 * offline cold starts), taken in turns, one build then the other, round after round, with both
 * servers up throughout. On a shared machine whose load swings from minute to minute, turns
 * give both builds the same conditions; `page-load` measures one build after the other.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runLighthouse, type LighthouseRun } from './page-load/lighthouse';
import { firstVisitLongTasks, type LongTasks } from './page-load/long-tasks';
import { buildsFrom, median } from './page-load/builds';
import { startServer } from './page-load/server';
import { offlineColdStarts } from './page-load/visit';

const repo = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_LOAD_PORT ?? 9120);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PAGES = ['/', '/help'] as const;

interface Round {
  load: number;
  lighthouse: Record<string, LighthouseRun>;
  longTasks: LongTasks;
  coldStartMs: number;
}

export async function main(): Promise<void> {
  const args = process.argv.slice(3);
  const builds = buildsFrom(args, repo);
  const outName =
    args.find((a) => a.startsWith('--out='))?.slice(6) ??
    `${new Date().toISOString().slice(0, 10)}-page-load-ab`;
  const started = new Date().toISOString();
  const servers = await Promise.all(builds.map((b, i) => startServer(b.dist, PORT + i)));
  const rounds: Record<string, Round[]> = Object.fromEntries(builds.map((b) => [b.label, []]));
  try {
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const [i, build] of builds.entries()) {
        const url = servers[i]!.url;
        const load = loadavg()[0]!;
        const lighthouse: Record<string, LighthouseRun> = {};
        for (const path of PAGES) lighthouse[path] = await runLighthouse(url + path);
        const longTasks = await firstVisitLongTasks(url, 15, `${build.label}-ab-${r + 1}`);
        const [coldStartMs] = await offlineColdStarts(url, 1);
        rounds[build.label]!.push({ load, lighthouse, longTasks, coldStartMs: coldStartMs! });
        const lh = PAGES.map(
          (p) => `${p} ${lighthouse[p]!.performance}/${lighthouse[p]!.tbtMs.toFixed(0)} ms`,
        );
        console.log(
          `round ${r + 1} ${build.label} (load ${load.toFixed(1)}): ${lh.join(', ')}; long tasks after paint ${longTasks.afterPaint}, ${longTasks.blockingMs} ms over 50; cold start ${coldStartMs!.toFixed(0)} ms`,
        );
      }
    }
  } finally {
    for (const s of servers) s.stop();
  }
  console.log(
    '\n| build | `/` performance, TBT | `/help` performance, TBT | long tasks, ms over 50 | cold start ms |',
  );
  console.log('| --- | --- | --- | --- | --: |');
  for (const b of builds) {
    const rs = rounds[b.label]!;
    const page = (p: string) =>
      `${median(rs.map((x) => x.lighthouse[p]!.performance))} (${rs.map((x) => x.lighthouse[p]!.performance).join(', ')}), ${median(rs.map((x) => x.lighthouse[p]!.tbtMs)).toFixed(0)} ms (${rs.map((x) => x.lighthouse[p]!.tbtMs.toFixed(0)).join(', ')})`;
    console.log(
      `| ${b.label} | ${page('/')} | ${page('/help')} | ${rs.map((x) => `${x.longTasks.afterPaint}, ${x.longTasks.blockingMs}`).join('; ')} | ${median(rs.map((x) => x.coldStartMs)).toFixed(0)} (${rs.map((x) => x.coldStartMs.toFixed(0)).join(', ')}) |`,
    );
  }
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo })
    .toString()
    .trim();
  mkdirSync(join(repo, 'bench/results'), { recursive: true });
  const out = join(repo, 'bench/results', `${outName}.json`);
  writeFileSync(
    out,
    JSON.stringify({ date: started, commit, builds, rounds, loadAtEnd: loadavg()[0] }, null, 2),
  );
  console.log(`\nRaw figures: ${out}`);
}
