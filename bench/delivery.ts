/**
 * Delivery latency, end to end over real HTTP (see bench/README.md):
 *  - reply → push: a caseworker's reply (POST) until the local web-push-testing service has
 *    received (and decrypted) the push for the person's phone;
 *  - phone → console: a phone's message (POST, within agreed hours) until a console's
 *    `GET /api/events` stream delivers the LiveEvent.
 * The server (createServer, as main.ts runs it) and the clients share this process; the push
 * service is its own process. PGlite always; PostgreSQL too with BENCH_DATABASE_URL.
 *
 *   npx tsx bench/delivery.ts [--engine=pglite|postgres] [--runs=200]
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { issuePairingCode } from '../src/server/auth/pairing';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { createLocalBus } from '../src/server/live/bus';
import { createPostgresBus } from '../src/server/live/postgres-bus';
import { createLogger } from '../src/server/logger';
import { ensureVapidKeys } from '../src/server/push/vapid';
import { seedDemo } from '../src/server/seed/demo-seed';
import { createServer } from '../src/server/server';
import { startPushService } from '../tests/integration/support/push-service';
import { scratchDatabase } from './lib/postgres';

const RUNS = Number(arg('runs') ?? process.env.BENCH_RUNS ?? 200);
const WARMUP = Math.min(20, Math.ceil(RUNS / 10));
const RESULTS = join(import.meta.dirname, 'results');

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

interface Stats {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  const mean = sorted.reduce((s, n) => s + n, 0) / Math.max(1, sorted.length);
  return {
    runs: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(mean),
    max: round(sorted.at(-1) ?? 0),
  };
}

async function ok(res: Response, what: string): Promise<unknown> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

function field(value: unknown, key: string): string {
  if (typeof value !== 'object' || value === null || !(key in value)) throw new Error(`no ${key}`);
  return String(Reflect.get(value, key));
}

/** Reads an SSE body and resolves waiters as `data:` lines arrive. */
function sseReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let waiter: ((at: number) => void) | undefined;
  let count = 0;
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        if (block.split('\n').some((l) => l.startsWith('data: '))) {
          count++;
          const wake = waiter;
          waiter = undefined;
          wake?.(performance.now());
        }
        cut = buffer.indexOf('\n\n');
      }
    }
  })().catch(() => undefined);
  return {
    next: () => new Promise<number>((resolve) => (waiter = resolve)),
    get count() {
      return count;
    },
    close: () => reader.cancel().catch(() => undefined),
  };
}

async function benchEngine(engine: 'pglite' | 'postgres') {
  let databaseUrl: string | undefined;
  let dataDir: string | undefined;
  let drop: () => Promise<void>;
  if (engine === 'postgres') {
    const adminUrl = process.env.BENCH_DATABASE_URL;
    if (!adminUrl) throw new Error('BENCH_DATABASE_URL is not set');
    const scratch = await scratchDatabase(adminUrl);
    databaseUrl = scratch.url;
    drop = scratch.drop;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'hiu-bench-delivery-'));
    drop = async () => rmSync(dataDir ?? '', { recursive: true, force: true });
  }
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    // The push service here is web-push-testing on this machine.
    PUSH_ALLOW_LOOPBACK: '1',
  });
  const logger = createLogger(config.logLevel, pino.destination({ dest: '/dev/null' }));
  const { db } = openDatabase({ databaseUrl, dataDir });
  const pushService = await startPushService();
  await migrateToLatest(db);
  const now = new Date();
  const seed = await seedDemo(db, { now, mustChangePassword: false });
  const vapid = await ensureVapidKeys(db, config, now);
  const live = databaseUrl
    ? createPostgresBus({ connectionString: databaseUrl, db, logger })
    : createLocalBus();
  await live.ready();
  const hiu = createServer({ db, config, logger, clock: () => new Date(), live });
  hiu.start();
  const server = serve({ fetch: hiu.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(origin + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  try {
    const person = seed.people[0];
    const staff = seed.staff.find((s) => s.email === person?.caseworkerEmail);
    if (!person || !staff) throw new Error('the demo seed has no people');
    const serviceId = seed.service.id;
    const { code } = await issuePairingCode(db, {
      serviceId,
      personId: person.id,
      issuedBy: null,
      now,
    });
    const token = field(await ok(await post('/api/device/pair', { code }), 'pair'), 'token');
    const phone = { authorization: `Bearer ${token}` };
    const login = await post('/api/auth/login', { email: staff.email, password: staff.password });
    const csrf = field(await ok(login, 'login'), 'csrfToken');
    const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const console_ = { cookie, 'x-csrf-token': csrf };

    // Any time is within agreed hours, so messages are delivered at once.
    await ok(
      await fetch(`${origin}/api/people/${person.id}/hours`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...console_ },
        body: JSON.stringify({ kind: 'always' }),
      }),
      'hours',
    );
    const sub = await pushService.subscribe(vapid.publicKey);
    await ok(
      await fetch(`${origin}/api/device/push-subscription`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...phone },
        body: JSON.stringify({ endpoint: sub.endpoint, keys: sub.keys }),
      }),
      'subscribe',
    );

    // 1. Reply → push received by the push service.
    const replyMs: number[] = [];
    let received = (await pushService.received(sub.clientHash)).length;
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const started = performance.now();
      await ok(
        await post(`/api/people/${person.id}/messages`, { body: `Reply ${i}.` }, console_),
        'reply',
      );
      for (;;) {
        const got = (await pushService.received(sub.clientHash)).length;
        if (got > received) {
          received = got;
          break;
        }
        if (performance.now() - started > 10_000) throw new Error('a push never arrived');
      }
      if (i >= WARMUP) replyMs.push(performance.now() - started);
    }

    // 2. Phone message → console live event.
    const events = await fetch(`${origin}/api/events`, { headers: { cookie } });
    if (!events.body) throw new Error('no event stream');
    const sse = sseReader(events.body);
    const liveMs: number[] = [];
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const arrived = sse.next();
      const started = performance.now();
      await ok(
        await post('/api/device/messages', { id: randomUUID(), body: `Message ${i}.` }, phone),
        'send',
      );
      const at = await Promise.race([
        arrived,
        new Promise<number>((_, reject) =>
          setTimeout(() => reject(new Error('no live event')), 10_000),
        ),
      ]);
      if (i >= WARMUP) liveMs.push(at - started);
    }
    await sse.close();
    return {
      engine,
      replyToPush: stats(replyMs),
      phoneToConsole: stats(liveMs),
    };
  } finally {
    if ('closeAllConnections' in server) server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await hiu.close();
    await live.close();
    await db.destroy();
    await pushService.stop();
    await drop();
  }
}

export async function main(): Promise<void> {
  const engines = (['pglite', 'postgres'] as const).filter((e) =>
    arg('engine') ? arg('engine') === e : e === 'pglite' || Boolean(process.env.BENCH_DATABASE_URL),
  );
  const rows = [];
  for (const engine of engines) {
    process.stderr.write(`${engine}: ${WARMUP} warm-up + ${RUNS} runs of each...\n`);
    rows.push(await benchEngine(engine));
  }
  const date = new Date().toISOString().slice(0, 10);
  const record = {
    date,
    machine: {
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    settings: { runs: RUNS, warmup: WARMUP },
    rows,
  };
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `${date}-delivery.json`);
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  const lines = rows.flatMap((r) => [
    `| ${r.engine} | reply → push received | ${r.replyToPush.p50} | ${r.replyToPush.p95} | ${r.replyToPush.p99} | ${r.replyToPush.max} |`,
    `| ${r.engine} | phone message → console event | ${r.phoneToConsole.p50} | ${r.phoneToConsole.p95} | ${r.phoneToConsole.p99} | ${r.phoneToConsole.max} |`,
  ]);
  console.log(
    [
      `Delivery latency, ${RUNS} runs each (ms), ${record.machine.nproc} × ${record.machine.cpu}, Node ${record.machine.node}`,
      '| engine | path | p50 | p95 | p99 | max |',
      '|---|---|---:|---:|---:|---:|',
      ...lines,
      `(written to ${file})`,
    ].join('\n'),
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
