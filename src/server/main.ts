import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from './config';
import { answerClientErrors } from './http/client-error';
import { DataDirInUseError } from './db/data-dir-lock';
import { openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { sweepSignInRecords } from './auth/sweep';
import { createLocalBus } from './live/bus';
import { createPostgresBus } from './live/postgres-bus';
import { createLogger } from './logger';
import { createServer } from './server';
import { ensureVapidKeys } from './push/vapid';
import { demoBanner } from './seed/banner';
import { seedDemoIfEmpty } from './seed/demo-seed';

/** Start-up: check config, migrate, seed an empty database, serve, and stop cleanly. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const clock = () => new Date();
  const { db, engine } = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });

  const applied = await migrateToLatest(db);
  logger.info({ engine, applied }, 'database ready');
  await ensureVapidKeys(db, config, clock());
  const seed = await seedDemoIfEmpty(db, { now: clock() });

  // Live events: in-process on PGlite; across instances through LISTEN/NOTIFY on PostgreSQL.
  const live = config.databaseUrl
    ? createPostgresBus({ connectionString: config.databaseUrl, db, logger })
    : createLocalBus();
  await live.ready();
  const hiu = createServer({ db, config, logger, clock, live });
  hiu.start();
  const server = serve(
    { fetch: hiu.app.fetch, port: config.port, hostname: config.host },
    (info) => {
      logger.info({ host: info.address, port: info.port, engine }, 'listening');
      if (seed) {
        const origin = config.publicUrl ?? `http://localhost:${info.port}`;
        process.stdout.write(demoBanner(seed, origin));
      }
    },
  );
  answerClientErrors(server);

  const sweep = setInterval(
    () => {
      sweepSignInRecords(db, clock()).catch((err: unknown) =>
        logger.warn({ err }, 'sign-in sweep failed'),
      );
    },
    10 * 60 * 1000,
  );
  sweep.unref();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    clearInterval(sweep);
    // If a client holds a connection open, don't wait for ever.
    const force = setTimeout(() => {
      logger.warn('requests still open after 10 s; closing anyway');
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, 10_000);
    force.unref();
    // Event streams never end by themselves: end them first, so the server can close.
    const closing = hiu
      .close()
      .then(() => live.close())
      .catch((err: unknown) => logger.warn({ err }, 'stopping work failed'));
    server.close(() => {
      closing
        .then(() => db.destroy())
        .then(() => {
          logger.info('stopped');
          process.exit(0);
        })
        .catch((err: unknown) => {
          logger.error({ err }, 'closing the database failed');
          process.exit(1);
        });
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof DataDirInUseError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error('The server could not start:', error);
  process.exit(1);
});
