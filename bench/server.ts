/**
 * Server benchmark: the real server (createServer as main.ts runs it, migrations, demo seed) in
 * its own process on 127.0.0.1, on PGlite (temp DATA_DIR) and, with BENCH_DATABASE_URL, on a
 * scratch PostgreSQL database. autocannon measures each scenario at 100 connections.
 * See bench/README.md.
 *
 *   npx tsx bench/server.ts [--engine=pglite|postgres] [--only=hello,device-profile] [--profile]
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PEOPLE } from '../src/server/seed/demo-people';
import { measure, type Row, type Scenario } from './lib/load';
import { summariseProfile, type ProfileSummary } from './lib/profile';
import { scratchDatabase } from './lib/postgres';
import { MemoryReport, Profiled, type Ready } from './lib/protocol';
import { nextMessage, startTarget } from './lib/target-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(import.meta.dirname, 'results');

/** Authenticated reads must reach these (requests/s, p99 ms) on a 2-core machine. */
export const TARGETS = {
  pglite: { requestsPerSecond: 2_000, p99Ms: 50 },
  postgres: { requestsPerSecond: 5_000, p99Ms: 50 },
} as const;

function arg(name: string): string | undefined {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found?.slice(name.length + 3);
}

function scenarios(ready: Ready): Scenario[] {
  const planBody = JSON.stringify({ sections: DEMO_PEOPLE[0]?.plan });
  const { deviceTokens, personIds, cookie, csrf } = ready;
  return [
    { name: 'hello', read: false, path: '/bench/hello' },
    { name: 'health', read: false, path: '/api/health' },
    {
      name: 'device-profile',
      read: true,
      path: '/api/device/profile',
      // Each connection is a different phone (tokens cycle over several people).
      perConnection: (i) => ({
        headers: { authorization: `Bearer ${deviceTokens[i % deviceTokens.length]}` },
      }),
    },
    { name: 'caseworker-people', read: true, path: '/api/people', headers: { cookie } },
    // The lead's start of the day: every person in the service (BENCH_PEOPLE) on one screen.
    {
      name: 'caseworker-triage',
      read: true,
      path: '/api/triage?quietDays=14',
      headers: { cookie },
    },
    {
      name: 'caseworker-person',
      read: true,
      path: `/api/people/${personIds[0]}`,
      headers: { cookie },
      perConnection: (i) => ({ path: `/api/people/${personIds[i % personIds.length]}` }),
    },
    {
      name: 'device-message-post',
      read: false,
      method: 'POST',
      path: '/api/device/messages',
      headers: { 'content-type': 'application/json' },
      // A new message id each time: the route is idempotent by id, so a reused id writes nothing.
      perConnection: (i) => ({
        headers: { authorization: `Bearer ${deviceTokens[i % deviceTokens.length]}` },
        eachBody: () => JSON.stringify({ id: randomUUID(), body: 'Can we talk tomorrow?' }),
      }),
    },
    {
      name: 'caseworker-plan-put',
      read: false,
      method: 'PUT',
      path: `/api/people/${personIds[0]}/plan`,
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      perConnection: (i) => ({
        path: `/api/people/${personIds[i % personIds.length]}/plan`,
        body: planBody,
      }),
    },
  ];
}

async function benchEngine(
  engine: 'pglite' | 'postgres',
  only: string[] | undefined,
  profile: boolean,
) {
  let env: Record<string, string>;
  let cleanUp: () => Promise<void>;
  let database =
    process.env.BENCH_PGLITE === 'memory' ? 'PGlite (in memory)' : 'PGlite (temp DATA_DIR on disk)';
  if (engine === 'postgres') {
    const adminUrl = process.env.BENCH_DATABASE_URL;
    if (!adminUrl) throw new Error('BENCH_DATABASE_URL is not set');
    const scratch = await scratchDatabase(adminUrl);
    env = { DATABASE_URL: scratch.url };
    cleanUp = scratch.drop;
    database = scratch.version;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'hiu-bench-'));
    env = { DATA_DIR: dir };
    cleanUp = async () => rmSync(dir, { recursive: true, force: true });
  }
  const rows: Row[] = [];
  const profiles: Record<string, ProfileSummary> = {};
  let memory: Memory | undefined;
  // Capacity, not fairness: one session and 120 phones at 100 connections would be limited.
  const target = await startTarget({ ...env, BENCH_LIMITS: 'off' });
  const report = async (gc: boolean) => {
    const got = nextMessage(target.child, (m) => MemoryReport.safeParse(m).data);
    target.send({ kind: 'memory', gc });
    const { kind: _, ...figures } = await got;
    return figures;
  };
  try {
    const seeded = await report(false);
    const origin = `http://127.0.0.1:${target.ready.port}`;
    const label = target.ready.engine; // 'pglite-memory' with BENCH_PGLITE=memory
    for (const s of scenarios(target.ready)) {
      if (only && !only.includes(s.name)) continue;
      process.stderr.write(`${label} ${s.name}: ${WARMUP}s warm-up, ${SECONDS}s measured...\n`);
      if (profile) target.send({ kind: 'profile-start' });
      const options = { connections: CONNECTIONS, seconds: SECONDS, warmup: WARMUP };
      rows.push(await measure(label, origin, s, options));
      if (profile) {
        const path = join(tmpdir(), `hiu-bench-${label}-${s.name}.cpuprofile`);
        const written = nextMessage(target.child, (m) => Profiled.safeParse(m).data);
        target.send({ kind: 'profile-stop', path });
        profiles[s.name] = summariseProfile((await written).path);
        process.stderr.write(`  profile: ${path}\n`);
      }
    }
    memory = {
      ...residentMegabytes(target.child.pid),
      seeded,
      afterLoad: await report(false),
      afterGc: await report(true),
    };
  } finally {
    await target.stop();
    await cleanUp();
  }
  return { rows, profiles, database, memory };
}

type Figures = Omit<MemoryReport, 'kind'>;
/** RSS after the load and its peak; where memory was after seeding, after the load and a GC. */
type Memory = ReturnType<typeof residentMegabytes> & {
  seeded: Figures;
  afterLoad: Figures;
  afterGc: Figures;
};

/** The server process's resident memory now and at its peak (Linux `/proc`), after the load. */
function residentMegabytes(pid: number | undefined): { rssMb: number; peakRssMb: number } {
  const status = pid === undefined ? '' : readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
}

/** Which code was measured: the commit, and whether the tree had uncommitted changes. */
function codeVersion(): { commit: string; uncommittedChanges: boolean } {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    return {
      commit: git('rev-parse', '--short', 'HEAD').trim(),
      uncommittedChanges: git('status', '--porcelain', '--', 'src').trim() !== '',
    };
  } catch {
    return { commit: 'unknown', uncommittedChanges: true };
  }
}

function verdict(row: Row): string {
  if (!row.read) return '';
  const target = row.engine === 'postgres' ? TARGETS.postgres : TARGETS.pglite;
  const ok = row.requestsPerSecond >= target.requestsPerSecond && row.latencyMs.p99 < target.p99Ms;
  return ok ? 'meets target' : 'MISSES target';
}

/** The results as a Markdown table (as pasted into bench/README.md). */
export function table(rows: Row[]): string {
  const head =
    '| engine | scenario | req/s | x bare route | p50 ms | p99 ms | errors (of which timeouts) | non-2xx | load avg before | target |\n' +
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|';
  const bare = new Map(rows.filter((r) => r.scenario === 'hello').map((r) => [r.engine, r]));
  const ratio = (r: Row) => {
    const hello = bare.get(r.engine)?.requestsPerSecond;
    return hello ? (r.requestsPerSecond / hello).toFixed(3) : '';
  };
  const lines = rows.map(
    (r) =>
      `| ${r.engine} | ${r.scenario} | ${r.requestsPerSecond} | ${ratio(r)} | ${r.latencyMs.p50} | ` +
      `${r.latencyMs.p99} | ${r.errors} (${r.timeouts}) | ${r.non2xx} | ${r.loadAverageBefore} | ${verdict(r)} |`,
  );
  return [head, ...lines].join('\n');
}

export async function main(): Promise<void> {
  const started = new Date();
  const code = codeVersion(); // before the run: the code the targets load
  const only = arg('only')?.split(',');
  const profile = process.argv.includes('--profile');
  const engines = (['pglite', 'postgres'] as const).filter((e) =>
    arg('engine') ? arg('engine') === e : e === 'pglite' || Boolean(process.env.BENCH_DATABASE_URL),
  );
  const perEngine = (only?.length ?? 7) * (SECONDS + WARMUP) + 180;
  // Never leave load running: give up well after the longest plausible run.
  const watchdog = setTimeout(
    () => {
      console.error('bench/server: ran too long, stopping');
      process.exit(1);
    },
    perEngine * engines.length * 1000,
  );
  watchdog.unref();

  const rows: Row[] = [];
  const profiles: Record<string, Record<string, ProfileSummary>> = {};
  const databases: string[] = [];
  const memory: Record<string, Memory | undefined> = {};
  for (const engine of engines) {
    const result = await benchEngine(engine, only, profile);
    rows.push(...result.rows);
    databases.push(result.database);
    memory[engine] = result.memory;
    if (profile) profiles[engine] = result.profiles;
  }

  const date = started.toISOString().slice(0, 10);
  const record = {
    date,
    started: started.toISOString(),
    finished: new Date().toISOString(),
    code,
    machine: {
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      databases,
      loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    settings: {
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmup: WARMUP,
      logLevel: process.env.BENCH_LOG_LEVEL ?? 'info',
    },
    targets: TARGETS,
    rows,
    memoryAfterLoad: memory,
    ...(profile ? { profiles } : {}),
  };
  mkdirSync(RESULTS, { recursive: true });
  const name = arg('out') ?? `${date}-server${profile ? '-profile' : ''}`;
  const file = join(RESULTS, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(table(rows));
  console.log(`\nserver memory after load: ${JSON.stringify(memory)}`);
  if (profile) console.log(JSON.stringify(profiles, null, 2));
  console.log(`\nraw results: ${file}`);
}

if (import.meta.filename === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
