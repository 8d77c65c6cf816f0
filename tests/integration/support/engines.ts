import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db, type Engine } from '../../../src/server/db/database';
import { migrateToLatest } from '../../../src/server/db/migrate';

/**
 * The engines every suite runs on: PGlite in memory always, PostgreSQL too when
 * TEST_DATABASE_URL is set (CI sets it). Use with `describe.each(ENGINES)`.
 */
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export interface TestDatabase {
  db: Db;
  engine: Engine;
  /** The PostgreSQL database's address (undefined on PGlite), for a second pool or a listener. */
  url?: string;
  destroy(): Promise<void>;
}

/** A fresh, migrated database: in-memory PGlite, or a new uniquely named PostgreSQL database. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const { db } = openDatabase({});
    await migrateToLatest(db);
    return { db, engine, destroy: () => db.destroy() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `hiu_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const { db } = openDatabase({ databaseUrl: url.toString() });
  await migrateToLatest(db);
  return {
    db,
    engine,
    url: url.toString(),
    destroy: async () => {
      await db.destroy();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
