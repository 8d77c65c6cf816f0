/**
 * Flood benchmark: does one phone flooding the server hold up another person's phone? The
 * real server (bench/lib/target.ts, its own process, PGlite on disk) with a 500-message thread
 * for the flooding phone's person. A second process runs 30 parallel full syncs from that
 * phone (bench/lib/flood-worker.ts) while the victim, another person's phone, sends a message
 * every 125 ms; we time each send. Once with the limits off (as the server was before them),
 * once with the defaults. Loopback only; every phase is bounded in count and time.
 *
 *   npm run bench -- flood
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { nextMessage, startTarget } from './lib/target-process';
import { FloodReport } from './lib/protocol';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(import.meta.dirname, 'results');
const PARALLEL = Number(process.env.BENCH_FLOOD_PARALLEL ?? 30);
const SENDS = Number(process.env.BENCH_FLOOD_SENDS ?? 120);
const QUIET_SENDS = Number(process.env.BENCH_FLOOD_QUIET_SENDS ?? 60);
const GAP_MS = 125;
/** A send with no answer after this long is given up on (and counted). */
const SEND_TIMEOUT_MS = 20_000;
/** The victim's p99 send under the flood must stay below this on PGlite. */
export const TARGET_P99_MS = 200;

interface Timings {
  sends: number;
  refused: number;
  timedOut: number;
  p50: number;
  p99: number;
  max: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

/** The victim: one message every GAP_MS, one at a time, for `count` sends or `maxMs`. */
async function victimSends(origin: string, token: string, count: number, maxMs: number) {
  const times: number[] = [];
  let refused = 0;
  let timedOut = 0;
  const until = performance.now() + maxMs;
  for (let i = 0; i < count && performance.now() < until; i++) {
    const start = performance.now();
    try {
      const res = await fetch(`${origin}/api/device/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: randomUUID(), body: 'Is it OK if I come in on Tuesday?' }),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      await res.arrayBuffer();
      if (res.status !== 201) refused++;
    } catch {
      // No answer within the timeout: counted at the timeout, and as not sent.
      timedOut++;
    }
    times.push(performance.now() - start);
    await sleep(GAP_MS);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    sends: times.length,
    refused,
    timedOut,
    p50: round(percentile(sorted, 0.5)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? 0),
  } satisfies Timings;
}

async function runMode(limits: 'off' | 'default') {
  const dir = mkdtempSync(join(tmpdir(), 'hiu-bench-flood-'));
  const target = await startTarget({
    DATA_DIR: dir,
    BENCH_LIMITS: limits,
    BENCH_PEOPLE: '4',
    BENCH_PHONES_PER_PERSON: '1',
    BENCH_HISTORY: '500',
  });
  try {
    const origin = `http://127.0.0.1:${target.ready.port}`;
    const [flooder, victim] = target.ready.deviceTokens;
    if (!flooder || !victim) throw new Error('the target paired too few phones');
    process.stderr.write(`limits ${limits}: quiet sends...\n`);
    const loadBefore = loadavg()[0];
    const quiet = await victimSends(origin, victim, QUIET_SENDS, 30_000);
    const worker = fork(join(import.meta.dirname, 'lib', 'flood-worker.ts'), [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        FLOOD_ORIGIN: origin,
        FLOOD_TOKEN: flooder,
        FLOOD_PARALLEL: String(PARALLEL),
        FLOOD_MAX_REQUESTS: '100000',
        FLOOD_MAX_SECONDS: '60',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const report = nextMessage(worker, (m) => FloodReport.safeParse(m).data);
    await nextMessage(worker, (m) =>
      typeof m === 'object' && m !== null && 'kind' in m && m.kind === 'flood-started'
        ? true
        : undefined,
    );
    await sleep(1000); // the flood is under way before the first timed send
    process.stderr.write(`limits ${limits}: sends during ${PARALLEL} parallel full syncs...\n`);
    const flooded = await victimSends(origin, victim, SENDS, 45_000);
    worker.send({ kind: 'stop' });
    return { limits, quiet, flooded, flood: await report, loadAverage: [loadBefore, loadavg()[0]] };
  } finally {
    await target.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error('flood bench: overran 6 minutes; stopping');
    process.exit(1);
  }, 6 * 60_000);
  watchdog.unref();
  const started = new Date();
  const modes = (process.env.BENCH_FLOOD_MODES ?? 'off,default').split(',');
  const runs = [];
  for (const mode of ['off', 'default'] as const) {
    if (modes.includes(mode)) runs.push(await runMode(mode));
  }
  const head =
    '| limits | victim sends (quiet) p50 / p99 ms | victim sends during flood | p50 ms | p99 ms | max ms | victim refused / timed out | flood requests (served / 429) |\n' +
    '|---|---|---:|---:|---:|---:|---|---|';
  const lines = runs.map(
    (r) =>
      `| ${r.limits} | ${r.quiet.p50} / ${r.quiet.p99} | ${r.flooded.sends} | ${r.flooded.p50} | ` +
      `**${r.flooded.p99}** | ${r.flooded.max} | ${r.flooded.refused} / ${r.flooded.timedOut} | ` +
      `${r.flood.requests} (${r.flood.served} / ${r.flood.limited}) |`,
  );
  const after = runs.find((r) => r.limits === 'default');
  const verdict =
    after && after.flooded.p99 < TARGET_P99_MS
      ? `target met (p99 < ${TARGET_P99_MS} ms with the limits)`
      : `target MISSED (p99 < ${TARGET_P99_MS} ms with the limits)`;
  console.log([head, ...lines].join('\n'));
  console.log(verdict);
  mkdirSync(RESULTS, { recursive: true });
  const name = process.env.BENCH_OUT ?? `${started.toISOString().slice(0, 10)}-flood`;
  const file = join(RESULTS, `${name}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: started.toISOString(),
        machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
        parallel: PARALLEL,
        gapMs: GAP_MS,
        targetP99Ms: TARGET_P99_MS,
        runs,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`results: ${file}`);
}
