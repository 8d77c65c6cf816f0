import { Writable } from 'node:stream';
import { createApp, type App } from '../../../src/server/app';
import { loadConfig, type Config } from '../../../src/server/config';
import type { Db, Engine } from '../../../src/server/db/database';
import { createLogger } from '../../../src/server/logger';
import { makeDistFixture } from './dist-fixture';
import { createTestDatabase } from './engines';

/** 10:00 on Monday 23 November 2026, London (GMT). */
export const START = new Date('2026-11-23T10:00:00Z');

export interface Harness {
  app: App;
  db: Db;
  engine: Engine;
  config: Config;
  /** Every log line written so far (JSON text). */
  logs: string[];
  distDir: string;
  now(): Date;
  advance(ms: number): void;
  setNow(at: Date): void;
  /** Another app on the same database, as a second server instance would be. */
  secondInstance(): App;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
}

/** A real app on a fresh real database, with a clock the test moves and logs it can read. */
export async function createHarness(
  engine: Engine,
  options: HarnessOptions = {},
): Promise<Harness> {
  const database = await createTestDatabase(engine);
  const dist = makeDistFixture();
  const config = loadConfig({ TRUST_PROXY: '1', LOG_LEVEL: 'info', ...options.env });
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
  const deps = { db: database.db, config, logger, clock, distDir: dist.dir };
  return {
    app: createApp(deps),
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
    secondInstance: () => createApp(deps),
    close: async () => {
      dist.remove();
      await database.destroy();
    },
  };
}
