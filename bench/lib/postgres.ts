import { randomBytes } from 'node:crypto';
import pg from 'pg';

async function adminQuery(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh, empty database beside `adminUrl`'s, and a way to drop it. */
export async function scratchDatabase(
  adminUrl: string,
): Promise<{ url: string; version: string; drop(): Promise<void> }> {
  const name = `hiu_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const [row] = await adminQuery(adminUrl, 'show server_version');
  const version =
    row && typeof row === 'object' && 'server_version' in row ? row.server_version : '';
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    version: `PostgreSQL ${String(version)}`,
    drop: async () => {
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
