import type { Logger } from 'pino';
import type { Config } from './config';
import type { Db } from './db/database';
import type { LiveBus } from './live/bus';
import type { PushTransport } from './push/transport';

/** Everything the app needs from outside; tests pass real ones (a real database, a fixed clock). */
export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  /** The time now. Tests move it to check expiry and agreed hours. */
  clock: () => Date;
  /** Where the built app and console are (`dist/app`, `dist/console`). Defaults to ./dist. */
  distDir?: string;
  /**
   * Live events between requests and instances. Default: in-process, right for PGlite (one
   * process); on PostgreSQL pass `createPostgresBus` so every instance hears every event.
   */
  live?: LiveBus;
  /** How Web Push requests reach the push service. Default: fetch. */
  pushTransport?: PushTransport;
}
