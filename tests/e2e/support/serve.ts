/**
 * The real server for Playwright (see webServer in playwright.config.ts): createApp over a fresh
 * PGlite in a temporary DATA_DIR, migrated and seeded with the demo service, serving the built
 * dist/. The seeded accounts and pairing codes go to test-results/e2e-seed.json (or E2E_SEED).
 *
 * Staff passwords here need no change at first sign-in, so specs can sign in independently;
 * the last staff member (`newcomer@...`) does, for testing that screen. Pairing codes are single
 * use: a spec that pairs should make its own code through the console API.
 *
 * Test-only controls live on a parent app around the real one (never inside src/server):
 * - `POST /__test/clock {now}` moves the server's clock (it keeps running from there) and runs
 *   the release tick and the push queue at once; `GET /__test/clock` says what time it is.
 * - `GET /__test/sms` lists what the local stand-in for GOV.UK Notify received (texts on).
 * A local `web-push-testing` service is started too; its address is `pushServiceURL` in the
 * seed file (subscribe there, then read back what it received, decrypted).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { z } from 'zod';
import { Instant } from '#shared/schemas/common';
import { formatPairingCode } from '#shared/schemas/pairing';
import { addStaff } from '../../../src/server/accounts/staff';
import { loadConfig } from '../../../src/server/config';
import { openDatabase } from '../../../src/server/db/database';
import { migrateToLatest } from '../../../src/server/db/migrate';
import { createLogger } from '../../../src/server/logger';
import { ensureVapidKeys } from '../../../src/server/push/vapid';
import { seedDemo } from '../../../src/server/seed/demo-seed';
import { createServer } from '../../../src/server/server';
import { notifyEnv, startNotifyStandIn } from '../../integration/support/notify-stand-in';
import { startPushService } from '../../integration/support/push-service';

const port = Number(process.env.E2E_PORT ?? 8181);
const seedFile = resolve(process.env.E2E_SEED ?? 'test-results/e2e-seed.json');
const dataDir = mkdtempSync(join(tmpdir(), 'hiu-e2e-'));

// Texts go to a stand-in for GOV.UK Notify on this machine, never to Notify itself.
const notify = await startNotifyStandIn();
const config = loadConfig({
  ...process.env,
  ...notifyEnv(notify.url),
  // The test push service (web-push-testing) listens on this machine.
  PUSH_ALLOW_LOOPBACK: '1',
  PORT: String(port),
  DATA_DIR: dataDir,
  DATABASE_URL: '',
});
const logger = createLogger(process.env.E2E_LOG_LEVEL === 'info' ? 'info' : 'warn');
/** The server's clock: real time, moved by `POST /__test/clock` (and running on from there). */
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);
const { db } = openDatabase({ dataDir });
const pushService = await startPushService(
  process.env.E2E_PUSH_PORT ? Number(process.env.E2E_PUSH_PORT) : undefined,
);

await migrateToLatest(db);
const vapid = await ensureVapidKeys(db, config, clock());
const seed = await seedDemo(db, { now: clock(), mustChangePassword: false });
// A second copy of the demo that no spec changes: the outcomes spec checks its figures against
// the demo content itself (the first service gains people from every other spec).
const untouched = await seedDemo(db, {
  now: clock(),
  mustChangePassword: false,
  copy: { serviceName: 'Lakeside HIU (untouched demo)', emailDomain: 'lakeside-e2e.example.org' },
});
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
      pushServiceURL: pushService.url,
      vapidPublicKey: vapid.publicKey,
      service: seed.service,
      staff: seed.staff,
      untouched: { service: untouched.service, staff: untouched.staff },
      people: seed.people.map((p) => ({
        ...p,
        pairingCodeFormatted: formatPairingCode(p.pairingCode),
      })),
    },
    null,
    2,
  ),
);

// E2E_DIST_DIR: a build of the app and console elsewhere than ./dist (several people at once).
const distDir = process.env.E2E_DIST_DIR ? resolve(process.env.E2E_DIST_DIR) : undefined;
const hiu = createServer({ db, config, logger, clock, ...(distDir ? { distDir } : {}) });
hiu.start();

const ClockRequest = z.strictObject({ now: Instant });
const app = new Hono()
  .get('/__test/clock', (c) => c.json({ now: clock().toISOString() }))
  .get('/__test/sms', (c) => c.json({ received: notify.received() }))
  .post('/__test/clock', async (c) => {
    const parsed = ClockRequest.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: 'invalid_input', message: 'Send { now }.' }, 400);
    offsetMs = new Date(parsed.data.now).getTime() - Date.now();
    // What the timers would do at that time: release held messages, send due pushes and texts.
    await hiu.tick();
    return c.json({ now: clock().toISOString() });
  })
  .route('/', hiu.app);

const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => {
  console.log(`e2e server on ${baseURL} (data in ${dataDir}, seed in ${seedFile})`);
});

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  const closing = Promise.all([hiu.close(), pushService.stop(), notify.stop()]).catch(
    () => undefined,
  );
  if ('closeAllConnections' in server) server.closeAllConnections();
  server.close(() => {
    closing
      .then(() => db.destroy())
      .catch(() => undefined)
      .finally(() => {
        rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
      });
  });
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
