import { ConfigError, loadConfig } from '../config';
import { DataDirInUseError } from '../db/data-dir-lock';
import { openDatabase, type Db } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { notifyInstances } from '../live/postgres-bus';
import type { BusMessage } from '../live/bus';
import { runAdmin, UsageError } from './admin-commands';

/** `npm run admin -- <command>`: see admin-commands.ts for the commands. */

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  let db: Db;
  try {
    db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).db;
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  try {
    await migrateToLatest(db);
    // On PostgreSQL servers may be running: they hear what changed. PGlite's data folder is
    // locked while a server has it open, so there is nobody to tell.
    const announce = config.databaseUrl
      ? (message: BusMessage) => notifyInstances(db, message)
      : undefined;
    await runAdmin(db, process.argv.slice(2), (line) => console.log(line), new Date(), announce);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('The admin command failed:', error);
    process.exit(1);
  },
);
