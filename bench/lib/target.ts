/**
 * The server under test, run as its own process (forked by bench/server.ts) so the load
 * generator does not share its event loop. It migrates, seeds the demo service plus more
 * people, pairs phones and signs the lead in over HTTP, then reports `Ready` on IPC and serves
 * until it is told to stop.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pino from 'pino';
import { issuePairingCode } from '../../src/server/auth/pairing';
import { loadConfig } from '../../src/server/config';
import { openDatabase, pgliteMemoryBytes, type Db } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { lockPersonChanges, recordChange } from '../../src/server/db/tables/changes.table';
import { insertMessage } from '../../src/server/db/tables/messages.table';
import { findCaseworkerByEmail } from '../../src/server/db/tables/caseworkers.table';
import { replaceGuideContacts } from '../../src/server/db/tables/guide-contacts.table';
import { writePlan } from '../../src/server/db/tables/plans.table';
import { createLocalBus } from '../../src/server/live/bus';
import { createPostgresBus } from '../../src/server/live/postgres-bus';
import { createLogger } from '../../src/server/logger';
import { createPerson } from '../../src/server/people/create-person';
import { demoGuide } from '../../src/server/seed/demo-content';
import { DEMO_PEOPLE } from '../../src/server/seed/demo-people';
import { seedDemo, type DemoSeed } from '../../src/server/seed/demo-seed';
import { createServer } from '../../src/server/server';
import { Command, type MemoryReport, type Profiled, type Ready } from './protocol';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 24);
const PHONES_PER_PERSON = Number(process.env.BENCH_PHONES_PER_PERSON ?? 5);
/** Messages in the first person's thread before the run (a full sync sends up to 500). */
const HISTORY = Number(process.env.BENCH_HISTORY ?? 0);
/** Unread messages from each person (rows for the triage view), from an hour ago. */
const UNREAD = Number(process.env.BENCH_UNREAD ?? 0);

/**
 * `count` messages in a person's thread, a minute apart and ending now, written as sends are
 * (message row and sync change); every other one is the caseworker's unless `fromPerson`.
 */
async function addMessages(
  db: Db,
  serviceId: string,
  personId: string,
  now: Date,
  count: number,
  fromPerson = false,
) {
  for (let i = 0; i < count; i++) {
    const at = new Date(now.getTime() - (count - i) * 60_000);
    await db.transaction().execute(async (trx) => {
      const id = randomUUID();
      await lockPersonChanges(trx, personId);
      await insertMessage(trx, {
        id,
        service_id: serviceId,
        person_id: personId,
        sender: fromPerson || i % 2 === 0 ? 'person' : 'caseworker',
        caseworker_id: null,
        body: 'Thanks for today. Can we talk about the housing letter on Thursday?',
        sent_at: at,
        held_until: null,
        delivered_at: at,
        read_at: null,
      });
      await recordChange(
        trx,
        serviceId,
        { personId, entity: 'message', entityId: id, op: 'put' },
        at,
      );
    });
  }
}

/** More people like the demo ones (same plan and guide sizes), shared between the caseworkers. */
async function addPeople(db: Db, seed: DemoSeed, now: Date): Promise<string[]> {
  const ids = seed.people.map((p) => p.id);
  const workers = seed.staff.filter((s) => s.role === 'caseworker');
  for (let i = ids.length; i < PEOPLE; i++) {
    const email = workers[i % workers.length]?.email ?? '';
    const caseworker = await findCaseworkerByEmail(db, email);
    const demo = DEMO_PEOPLE[i % DEMO_PEOPLE.length];
    if (!caseworker || !demo) throw new Error('the demo seed has no caseworkers');
    const id = await db.transaction().execute(async (trx) => {
      const personId = await createPerson(trx, {
        caseworker,
        displayName: `Bench Person ${i + 1}`,
        createdBy: null,
        now,
      });
      const serviceId = caseworker.service_id;
      await writePlan(trx, serviceId, personId, demo.plan, caseworker.id, now);
      const guide = demoGuide([randomUUID(), randomUUID(), randomUUID()], 'Sam');
      await replaceGuideContacts(trx, serviceId, personId, guide, now);
      return personId;
    });
    ids.push(id);
  }
  return ids;
}

async function post(origin: string, path: string, body: unknown, headers = {}) {
  const res = await fetch(origin + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

async function main() {
  const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const config = loadConfig({
    DATA_DIR: process.env.DATA_DIR,
    DATABASE_URL: process.env.DATABASE_URL,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    // BENCH_LIMITS=off: no fair-share limits (capacity runs; and the flood bench's "before").
    ...(process.env.BENCH_LIMITS === 'off'
      ? { LIMIT_REQUESTS_PER_SECOND: '100000', LIMIT_BURST: '1000000' }
      : {}),
  });
  // Production logs to stdout for a collector; here the same lines go to /dev/null.
  const logger = createLogger(config.logLevel, pino.destination({ dest: '/dev/null' }));
  // BENCH_PGLITE=memory: PGlite without a data directory, to tell disk time from CPU time.
  const inMemory = engine === 'pglite' && process.env.BENCH_PGLITE === 'memory';
  const { db } = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: inMemory ? undefined : config.dataDir,
  });
  await migrateToLatest(db);
  const now = new Date();
  const seed = await seedDemo(db, { now, mustChangePassword: false });
  const personIds = await addPeople(db, seed, now);
  await addMessages(db, seed.service.id, personIds[0] ?? '', now, HISTORY);
  const anHourAgo = new Date(now.getTime() - 3_600_000);
  for (const personId of personIds) {
    await addMessages(db, seed.service.id, personId, anHourAgo, UNREAD, true);
  }

  // As main.ts wires it: live events in-process on PGlite, over LISTEN/NOTIFY on PostgreSQL
  // (the phone-token cache relies on them), with the background work running.
  const live = config.databaseUrl
    ? createPostgresBus({ connectionString: config.databaseUrl, db, logger })
    : createLocalBus();
  await live.ready();
  const hiu = createServer({ db, config, logger, clock: () => new Date(), live });
  hiu.start();
  // The bare route: Hono routing only, none of the app's middleware, no database.
  const root = new Hono().get('/bench/hello', (c) => c.text('hello')).route('/', hiu.app);
  let server: ReturnType<typeof serve> | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: root.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve(info.port),
    );
  });
  const origin = `http://127.0.0.1:${port}`;

  const serviceId = seed.service.id;
  const deviceTokens: string[] = [];
  for (const personId of personIds) {
    for (let n = 0; n < PHONES_PER_PERSON; n++) {
      const { code } = await issuePairingCode(db, { serviceId, personId, issuedBy: null, now });
      const paired: unknown = await (await post(origin, '/api/device/pair', { code })).json();
      if (typeof paired !== 'object' || paired === null || !('token' in paired)) {
        throw new Error('pairing gave no token');
      }
      deviceTokens.push(String(paired.token));
    }
  }

  const lead = seed.staff.find((s) => s.role === 'lead');
  if (!lead) throw new Error('the demo seed has no lead');
  const login = await post(origin, '/api/auth/login', {
    email: lead.email,
    password: lead.password,
  });
  const me: unknown = await login.json();
  const csrf = typeof me === 'object' && me !== null && 'csrfToken' in me ? me.csrfToken : '';
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';

  const ready: Ready = {
    kind: 'ready',
    engine: inMemory ? 'pglite-memory' : engine,
    port,
    deviceTokens,
    cookie,
    csrf: String(csrf),
    personIds,
  };
  process.send?.(ready);

  const profiler = new Session();
  process.on('message', (message) => {
    const command = Command.safeParse(message);
    if (!command.success) return;
    void obey(command.data).catch((error: unknown) => {
      console.error('bench target:', error);
      process.exit(1);
    });
  });

  async function obey(command: Command) {
    if (command.kind === 'profile-start') {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    } else if (command.kind === 'memory') {
      if (command.gc) globalThis.gc?.();
      const mb = (bytes: number) => Math.round(bytes / 1048576);
      const used = process.memoryUsage();
      const wasm = pgliteMemoryBytes(db);
      const report: MemoryReport = {
        kind: 'memory',
        rssMb: mb(used.rss),
        heapTotalMb: mb(used.heapTotal),
        heapUsedMb: mb(used.heapUsed),
        externalMb: mb(used.external),
        arrayBuffersMb: mb(used.arrayBuffers),
        pgliteWasmMb: wasm === undefined ? null : mb(wasm),
      };
      process.send?.(report);
    } else if (command.kind === 'profile-stop') {
      const { profile } = await profiler.post('Profiler.stop');
      profiler.disconnect();
      writeFileSync(command.path, JSON.stringify(profile));
      const done: Profiled = { kind: 'profiled', path: command.path };
      process.send?.(done);
    } else if (server) {
      const running = server;
      if ('closeAllConnections' in running) running.closeAllConnections();
      running.close(() => {
        hiu
          .close()
          .then(() => live.close())
          .then(() => db.destroy())
          .then(
            () => process.exit(0),
            () => process.exit(1),
          );
      });
    }
  }
}

main().catch((error: unknown) => {
  console.error('bench target failed:', error);
  process.exit(1);
});
