/**
 * The real server for Playwright (see webServer in playwright.config.ts): createApp over a fresh
 * PGlite in a temporary DATA_DIR, migrated and seeded with the demo service, serving the built
 * dist/. The seeded accounts and pairing codes go to test-results/e2e-seed.json (or E2E_SEED).
 *
 * Staff passwords here need no change at first sign-in, so specs can sign in independently;
 * the last staff member (`newcomer@...`) does, for testing that screen. Pairing codes are single
 * use: a spec that pairs should make its own code through the console API.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { formatPairingCode } from '#shared/schemas/pairing';
import { addStaff } from '../../../src/server/accounts/staff';
import { createApp } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import { openDatabase } from '../../../src/server/db/database';
import { migrateToLatest } from '../../../src/server/db/migrate';
import { createLogger } from '../../../src/server/logger';
import { ensureVapidKeys } from '../../../src/server/push/vapid';
import { seedDemo } from '../../../src/server/seed/demo-seed';

const port = Number(process.env.E2E_PORT ?? 8181);
const seedFile = resolve(process.env.E2E_SEED ?? 'test-results/e2e-seed.json');
const dataDir = mkdtempSync(join(tmpdir(), 'hiu-e2e-'));

const config = loadConfig({
  ...process.env,
  PORT: String(port),
  DATA_DIR: dataDir,
  DATABASE_URL: '',
});
const logger = createLogger(process.env.E2E_LOG_LEVEL === 'info' ? 'info' : 'warn');
const clock = () => new Date();
const { db } = openDatabase({ dataDir });

await migrateToLatest(db);
await ensureVapidKeys(db, config, clock());
const seed = await seedDemo(db, { now: clock(), mustChangePassword: false });
const newcomer = await addStaff(db, {
  serviceId: seed.service.id,
  name: 'Nico Newcomer',
  email: 'newcomer@hiu-demo.example.org',
  role: 'caseworker',
  now: clock(),
});
seed.staff.push({
  name: 'Nico Newcomer',
  email: newcomer.email,
  role: 'caseworker',
  password: newcomer.oneTimePassword,
  mustChangePassword: true,
});

const baseURL = `http://127.0.0.1:${port}`;
mkdirSync(dirname(seedFile), { recursive: true });
writeFileSync(
  seedFile,
  JSON.stringify(
    {
      baseURL,
      service: seed.service,
      staff: seed.staff,
      people: seed.people.map((p) => ({
        ...p,
        pairingCodeFormatted: formatPairingCode(p.pairingCode),
      })),
    },
    null,
    2,
  ),
);

const app = createApp({ db, config, logger, clock });
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => {
  console.log(`e2e server on ${baseURL} (data in ${dataDir}, seed in ${seedFile})`);
});

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  if ('closeAllConnections' in server) server.closeAllConnections();
  server.close(() => {
    db.destroy()
      .catch(() => undefined)
      .finally(() => {
        rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
      });
  });
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
