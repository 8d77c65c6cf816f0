import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createApp, type App } from '../../../src/server/app';
import { loadConfig, type Config } from '../../../src/server/config';
import { openDatabase, type Db, type Engine } from '../../../src/server/db/database';
import type { AppDeps } from '../../../src/server/deps';
import { createLocalBus } from '../../../src/server/live/bus';
import { createPostgresBus } from '../../../src/server/live/postgres-bus';
import { createLogger } from '../../../src/server/logger';
import { createServer, type HiuServer } from '../../../src/server/server';
import { makeDistFixture } from './dist-fixture';
import { createTestDatabase } from './engines';

/** 10:00 on Monday 23 November 2026, London (GMT). */
export const START = new Date('2026-11-23T10:00:00Z');

export interface Harness {
  app: App;
  /** The app with its background work (release tick, push worker, live events). */
  server: HiuServer;
  db: Db;
  engine: Engine;
  config: Config;
  /** Every log line written so far (JSON text). */
  logs: string[];
  distDir: string;
  now(): Date;
  advance(ms: number): void;
  setNow(at: Date): void;
  /** What the timers do: release held messages that are due, send pushes that are due. */
  tick(): Promise<void>;
  /** Another app on the same database, as a second server instance would be. */
  secondInstance(): App;
  /**
   * A second server instance with its own connections: on PostgreSQL its own pool and LISTEN
   * connection, as another process would have. Closed by `close()`.
   */
  anotherInstance(): Promise<HiuServer>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  /** Extra deps (a push transport). */
  deps?: Partial<Pick<AppDeps, 'pushTransport'>>;
}

/** A real app on a fresh real database, with a clock the test moves and logs it can read. */
export async function createHarness(
  engine: Engine,
  options: HarnessOptions = {},
): Promise<Harness> {
  const database = await createTestDatabase(engine);
  const dist = makeDistFixture();
  // The local push service (web-push-testing) is on 127.0.0.1. The request limits are raised so
  // the suites that send thousands of requests as one caller (authz matrix, fuzz) are not
  // slowed; limits.test.ts sets the real ones.
  const config = loadConfig({
    TRUST_PROXY: '1',
    LOG_LEVEL: 'info',
    PUSH_ALLOW_LOOPBACK: '1',
    LIMIT_REQUESTS_PER_SECOND: '100000',
    LIMIT_BURST: '1000000',
    ...options.env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  let now = START.getTime();
  const clock = () => new Date(now);
  const closers: (() => Promise<void>)[] = [];

  // PGlite is one process: instances on it share one in-process bus, as they would share one
  // process. On PostgreSQL each instance LISTENs on its own connection.
  const localBus = createLocalBus();

  async function instance(db: Db, log: Logger): Promise<HiuServer> {
    const live = database.url
      ? createPostgresBus({ connectionString: database.url, db, logger: log })
      : localBus;
    if (live !== localBus) closers.push(() => live.close());
    await live.ready();
    const server = createServer({
      db,
      config,
      logger: log,
      clock,
      distDir: dist.dir,
      live,
      ...options.deps,
    });
    closers.push(() => server.close());
    return server;
  }

  const server = await instance(database.db, logger);
  // A second app in this process hears the first one's bus, as instances hear each other.
  const deps = {
    db: database.db,
    config,
    logger,
    clock,
    distDir: dist.dir,
    live: server.runtime.live,
    ...options.deps,
  };
  return {
    app: server.app,
    server,
    db: database.db,
    engine,
    config,
    logs,
    distDir: dist.dir,
    now: clock,
    advance: (ms) => {
      now += ms;
    },
    setNow: (at) => {
      now = at.getTime();
    },
    tick: () => server.tick(),
    secondInstance: () => createApp(deps),
    anotherInstance: async () => {
      if (!database.url) return instance(database.db, logger);
      const { db } = openDatabase({ databaseUrl: database.url });
      closers.push(() => db.destroy());
      return instance(db, logger);
    },
    close: async () => {
      for (const closeOne of closers.reverse()) await closeOne();
      dist.remove();
      await database.destroy();
    },
  };
}
