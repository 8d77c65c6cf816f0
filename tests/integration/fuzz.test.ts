import { serve } from '@hono/node-server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { issuePairingCode } from '../../src/server/auth/pairing';
import { startSession } from '../../src/server/auth/sessions';
import { findCaseworker } from '../../src/server/db/tables/caseworkers.table';
import { revokeDevice } from '../../src/server/db/tables/devices.table';
import { createGoal } from '../../src/server/people/goal-changes';
import { replaceContactAlternatives } from '../../src/server/db/tables/support-used.table';
import { poisoned } from './fuzz/bodies';
import { problemsWith } from './fuzz/checks';
import {
  requestFor,
  routesOf,
  tampered,
  type FuzzRequest,
  type RealIds,
  type Route,
} from './fuzz/requests';
import {
  allBodies,
  CHECK_IN_ID,
  CONTACT_ID,
  GOAL_ID,
  MILESTONE_ID,
  PHONE_GOAL_ID,
  PHONE_MILESTONE_ID,
  SHARED_ENTRY_ID,
  SAMARITANS_ID,
  SUPPORT_ID,
  validBodies,
  FUZZ_REF,
} from './fuzz/templates';
import { exchange, framing, rawRequest } from './fuzz/wire';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { buildWorld, pairDevice, type World } from './support/world';

/**
 * Property: whatever arrives at any route (body, headers, path, query, credentials good, bad or
 * none), the answer is never a 5xx, API errors have the one ApiError shape, and every response
 * carries the security headers. Routes come from `app.routes`, so new ones are fuzzed too.
 *
 * FUZZ_RUNS (runs per route and caller, default 30) and FUZZ_SEED (replay a failure: use the
 * seed fast-check prints) tune a run; FUZZ_REPORT=1 prints the statuses seen per route.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const PUBLIC_URL = 'https://hiu.example.org';
const HOUR = 60 * 60 * 1000;

const CALLERS = ['anonymous', 'caseworker', 'device'] as const;
type CallerKind = (typeof CALLERS)[number];

describe.each(ENGINES)('on %s, hostile input at every route', (engine) => {
  let h: Harness;
  let w: World;
  let deviceToken: string;
  let realIds: RealIds;
  let bodies: Record<string, unknown[]>;
  let everyBody: unknown[];
  const seen = new Map<string, Map<number, number>>();

  beforeAll(async () => {
    // Over HTTPS, so HSTS is expected on every response too.
    h = await createHarness(engine, { env: { PUBLIC_URL } });
    w = await buildWorld(h);
    deviceToken = (await pairDevice(h, w.serviceA, w.p1)).token;
    const other = await pairDevice(h, w.serviceA, w.p2);
    const revoked = await pairDevice(h, w.serviceA, w.p2);
    await revokeDevice(h.db, w.serviceA, revoked.deviceId, w.drew.id, h.now());
    // The caller's own device id is left out, so the fuzz never unlinks the phone it calls from.
    realIds = {
      personId: [w.p1, w.p2, w.pb],
      deviceId: [other.deviceId, revoked.deviceId],
      caseworkerId: [w.casey.id, w.drew.id, w.leadB.id],
      entryId: [SHARED_ENTRY_ID],
      contactId: [CONTACT_ID],
      supportId: [SUPPORT_ID],
      id: [CHECK_IN_ID],
      goalId: [GOAL_ID, PHONE_GOAL_ID],
      milestoneId: [MILESTONE_ID, PHONE_MILESTONE_ID],
      month: ['2026-01', '2026-13', '2099-01'],
    };
    for (const [personId, id, milestoneId] of [
      [w.p2, GOAL_ID, MILESTONE_ID],
      [w.p1, PHONE_GOAL_ID, PHONE_MILESTONE_ID],
    ] as const) {
      const writer = {
        serviceId: w.serviceA,
        personId,
        by: null,
        now: h.now(),
        actor: 'caseworker',
      } as const;
      const step = { id: milestoneId, title: 'A first step', targetDate: null, reward: 'Tea' };
      await createGoal(h.db, writer, { id, title: 'A goal to fuzz', milestones: [step] });
    }
    await replaceContactAlternatives(h.db, {
      serviceId: w.serviceA,
      personId: w.p1,
      ids: [SAMARITANS_ID],
      by: w.casey.id,
      now: h.now(),
    });
    await h.db
      .updateTable('people')
      .set({ service_ref: FUZZ_REF })
      .where('id', '=', w.p2)
      .execute();
    const issued = { serviceId: w.serviceB, personId: w.pb, issuedBy: null, now: h.now() };
    const { code } = await issuePairingCode(h.db, issued);
    bodies = validBodies(w, code);
    everyBody = allBodies(w, code);
  });

  afterAll(async () => {
    if (process.env.FUZZ_REPORT) printReport(engine, seen);
    await h.close();
  });

  /** Fresh credentials for each run: the fuzz may sign out, change passwords or get locked out. */
  async function credentials(kind: CallerKind, lead: boolean): Promise<Record<string, string>> {
    if (kind === 'anonymous') return {};
    if (kind === 'device') return { authorization: `Bearer ${deviceToken}` };
    const who = await findCaseworker(h.db, w.serviceA, lead ? w.leadA.id : w.casey.id);
    if (!who) throw new Error('the world lost a caseworker');
    const { token, session } = await startSession(h.db, who, h.now());
    return { cookie: `hiu_session=${token}`, 'x-csrf-token': session.csrf_token };
  }

  function toRequest(req: FuzzRequest, creds: Record<string, string>): Request | undefined {
    const headers: [string, string][] = Object.entries(tampered(creds, req.tamper));
    headers.push(['x-forwarded-for', req.forwardedFor]);
    if (req.contentType !== undefined) headers.push(['content-type', req.contentType]);
    if (req.contentLength !== undefined) headers.push(['content-length', req.contentLength]);
    headers.push(...req.extra);
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.body !== undefined;
    try {
      return new Request(`http://localhost${req.target}`, {
        method: req.method,
        headers,
        body: hasBody ? req.body : undefined,
      });
    } catch {
      return undefined; // no HTTP client could send this (e.g. a header Fetch refuses)
    }
  }

  async function fuzzRoute(route: Route, kind: CallerKind) {
    const key = `${route.method} ${route.path}`;
    const templates = bodies[key] ?? everyBody;
    const statuses = seen.get(key) ?? new Map<number, number>();
    seen.set(key, statuses);
    await fc.assert(
      fc.asyncProperty(requestFor(route, realIds, templates), fc.boolean(), async (req, lead) => {
        // An hour on per run: throttles forget, so later runs still reach the handlers.
        h.advance(HOUR);
        const request = toRequest(req, await credentials(kind, lead));
        fc.pre(request !== undefined);
        const res = await h.app.request(request);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const path = new URL(request.url).pathname;
        const problems = await problemsWith(req.method, path, res, { https: true });
        if (problems.length > 0) {
          throw new Error(
            `${key} as ${kind}: ${req.method} ${req.target.slice(0, 200)} → ${res.status}\n  ` +
              problems.join('\n  '),
          );
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }

  test('the app lists its routes, and the fuzz sees all of them', () => {
    const routes = routesOf(h.app).map((r) => `${r.method} ${r.path}`);
    expect(routes).toContain('GET /api/device/profile');
    expect(routes).toContain('PUT /api/people/:personId/plan');
    expect(routes).toContain('GET /*');
    expect(routes.length).toBeGreaterThanOrEqual(20);
  });

  /** A route's pattern with ids the lead can reach: P2 (Drew's) and P2's other phone. */
  function reachable(pattern: string): string {
    const ids: Record<string, string> = {
      personId: w.p2,
      deviceId: realIds.deviceId?.[0] ?? '',
      entryId: SHARED_ENTRY_ID,
      contactId: CONTACT_ID,
      supportId: SUPPORT_ID,
      id: CHECK_IN_ID,
      goalId: GOAL_ID,
      // The phone is P1's: its own milestone; the console's routes reach P2's.
      milestoneId: pattern.startsWith('/api/device/') ? PHONE_MILESTONE_ID : MILESTONE_ID,
      month: '2026-01',
    };
    return pattern.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? '');
  }

  /** Send a body to a write route with everything else right: as a phone or as the lead. */
  async function sendValid(key: string, body: string): Promise<Response> {
    const [method = '', pattern = ''] = key.split(' ');
    const phone = pattern.startsWith('/api/device/');
    const headers = {
      ...(await credentials(phone ? 'device' : 'caseworker', true)),
      'content-type': 'application/json',
    };
    return h.app.request(reachable(pattern), { method, headers, body });
  }

  test('the first body of each route is accepted as it is, so the fuzz starts from valid input', async () => {
    for (const [key, [first]] of Object.entries(bodies)) {
      if (key === 'POST /api/auth/password') continue; // see templates.ts
      const res = await sendValid(key, JSON.stringify(first));
      expect(res.status, `${key}: ${await res.text()}`).toBeLessThan(300);
    }
  });

  test('an awkward character (NUL, a lone surrogate ...) in any text of a valid body is never a 5xx', async () => {
    for (const [key, templates] of Object.entries(bodies)) {
      const [method = '', pattern = ''] = key.split(' ');
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...templates).chain(poisoned), async (raw) => {
          h.advance(HOUR);
          const res = await sendValid(key, raw);
          const problems = await problemsWith(method, reachable(pattern), res, { https: true });
          if (problems.length > 0) {
            throw new Error(
              `${key}: ${raw.slice(0, 200)} → ${res.status}\n  ${problems.join('\n  ')}`,
            );
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    }
  }, 120_000);

  test('over a real socket, a lying Content-Length or broken chunked body is never a 5xx', async () => {
    let server: ReturnType<typeof serve> | undefined;
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }, (i) =>
        resolve(i.port),
      );
    });
    const writes = routesOf(h.app).filter((r) => r.method !== 'GET');
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...writes),
          framing,
          fc.constantFrom(...CALLERS),
          async (route, f, kind) => {
            h.advance(HOUR);
            const key = `${route.method} ${route.path}`;
            const path = reachable(route.path);
            const creds = Object.entries(await credentials(kind, true));
            const headers: [string, string][] = [...creds, ['content-type', 'application/json']];
            const body = Buffer.from(JSON.stringify(bodies[key]?.[0] ?? {}));
            const res = await exchange(port, rawRequest(route.method, path, headers, body, f));
            const fromApp = res?.headers.has('x-request-id') ?? false;
            const statuses = seen.get(`socket, ${f.kind}`) ?? new Map<number, number>();
            seen.set(`socket, ${f.kind}`, statuses);
            // 0: no answer; 1xxx: answered by Node's HTTP parser, not the app.
            const shown = !res ? 0 : fromApp ? res.status : 1000 + res.status;
            statuses.set(shown, (statuses.get(shown) ?? 0) + 1);
            if (!res) return; // the server waited for the rest of the body: right
            const empty = [204, 205, 304].includes(res.status);
            const problems = fromApp
              ? await problemsWith(route.method, path, new Response(empty ? null : res.body, res), {
                  https: true,
                })
              : res.status >= 400 && res.status < 500
                ? [] // Node's own parser refused the bytes before the app saw them
                : [`status ${res.status} from outside the app`];
            if (problems.length > 0) {
              throw new Error(
                `${key} as ${kind}, ${JSON.stringify(f)} → ${res.status}\n  ${problems.join('\n  ')}`,
              );
            }
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    } finally {
      server?.close();
    }
  }, 120_000);

  test.each(CALLERS)(
    'no input from %s callers gets a 5xx, a shapeless error or a response without security headers',
    async (kind) => {
      for (const route of routesOf(h.app)) await fuzzRoute(route, kind);
    },
    120_000,
  );
});

function printReport(engine: string, seen: Map<string, Map<number, number>>) {
  const lines = [...seen].map(([route, statuses]) => {
    const counts = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    return `  ${route.padEnd(55)} ${counts.join(' ')}`;
  });
  console.log(`fuzz on ${engine}: statuses per route (all callers)\n${lines.join('\n')}`);
}
