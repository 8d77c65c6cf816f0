import type { Logger } from 'pino';
import type { Config } from './config';
import type { Db } from './db/database';

/** Everything the app needs from outside; tests pass real ones (a real database, a fixed clock). */
export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  /** The time now. Tests move it to check expiry. */
  clock: () => Date;
  /** Where the built app and console are (`dist/app`, `dist/console`). Defaults to ./dist. */
  distDir?: string;
}
