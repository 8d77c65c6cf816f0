import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Outcomes, OUTCOME_CSV_COLUMNS } from '#shared/schemas/outcomes';
import { runAdmin } from '../../src/server/cli/admin-commands';
import { computeOutcomes } from '../../src/server/outcomes/figures';
import {
  CASEWORKER_NAMES,
  EXPECTED_A,
  EXPECTED_B,
  EXPECTED_C,
  EXPECTED_SERVICE,
  GOALS,
  NOW,
  PEOPLE,
  seedRows,
} from '../unit/server/outcomes.data';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, json, login, type Caller } from './support/http';
import { MILESTONE_TITLE, OUTCOMES_LEAD, seedOutcomes } from './support/outcomes';
import { buildWorld, PASSWORD, type World } from './support/world';

const SERVICE = '00000000-0000-4000-8000-0000000000c5';

describe.each(ENGINES)('the outcomes dashboard on %s', (engine) => {
  let h: Harness;
  let w: World;
  let lead: Caller;
  let ids: Awaited<ReturnType<typeof seedOutcomes>>;

  beforeAll(async () => {
    h = await createHarness(engine);
    h.setNow(NOW);
    // Another two services with people and contacts this week: never in this service's figures.
    w = await buildWorld(h);
    for (const personId of [w.p1, w.pb]) {
      await sql`insert into contact_events (id, service_id, person_id, at, kind, source, created_at)
                select ${randomUUID()}, service_id, id, ${NOW}, 'visit', 'caseworker', ${NOW}
                  from people where id = ${personId}`.execute(h.db);
    }
    ids = await seedOutcomes(h.db, SERVICE, NOW);
    lead = await login(h.app, OUTCOMES_LEAD.email, PASSWORD);
  });
  afterAll(() => h.close());

  test("the route's figures are the hand-checked ones", async () => {
    const res = await call(h.app, 'GET', '/api/outcomes', { as: lead });
    expect(res.status).toBe(200);
    const outcomes = Outcomes.parse(await json(res));
    expect(outcomes.computedAt).toBe(NOW.toISOString());
    expect(outcomes.service).toEqual(EXPECTED_SERVICE);
    const byId = new Map(outcomes.caseworkers.map((c) => [c.id, c]));
    expect(byId.get(ids.caseworkers.a)).toEqual({
      id: ids.caseworkers.a,
      name: CASEWORKER_NAMES.a,
      figures: EXPECTED_A,
    });
    expect(byId.get(ids.caseworkers.b)?.figures).toEqual(EXPECTED_B);
    expect(byId.get(ids.caseworkers.c)?.figures).toEqual(EXPECTED_C);
    // The lead has no caseload of their own here.
    expect(byId.get(ids.leadId)?.figures).toEqual(EXPECTED_C);
    expect(outcomes.caseworkers).toHaveLength(4);
    // And the SQL grouping agrees with the pure function on the raw rows.
    const pure = computeOutcomes(
      seedRows(ids.caseworkers),
      outcomes.caseworkers.map((c) => ({ id: c.id, name: c.name })),
      NOW,
    );
    expect(outcomes.caseworkers.map((c) => c.figures)).toEqual(
      pure.caseworkers.map((c) => c.figures),
    );
  });

  test('another service sees only its own people', async () => {
    const leadA = await login(h.app, w.leadA.email, PASSWORD);
    const outcomes = Outcomes.parse(
      await json(await call(h.app, 'GET', '/api/outcomes', { as: leadA })),
    );
    expect(outcomes.service.supportedNow).toBe(2);
    expect(outcomes.service.contactWeeks.at(-1)?.contacts).toBe(1);
    expect(outcomes.caseworkers.map((c) => c.name).sort()).toEqual(
      [w.leadA.name, w.casey.name, w.drew.name].sort(),
    );
  });

  test('the CSV: documented columns, one figure a row, no names and no free text', async () => {
    const res = await call(h.app, 'GET', '/api/outcomes/export.csv', { as: lead });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="outcomes-2026-11-23.csv"',
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(OUTCOME_CSV_COLUMNS.join(','));
    expect(lines).toContain(`${SERVICE},service,,day,2026-11-23,supported_now,4`);
    expect(lines).toContain(`${SERVICE},service,,week,2026-10-19,contacts,3`);
    expect(lines).toContain(`${SERVICE},service,,day,2026-11-23,lonely_often_first_share,0.667`);
    // Four caseworkers (oldest account first: the lead, then A, B, C), no names.
    const refs = new Set(lines.slice(1).map((l) => l.split(',')[2]));
    expect([...refs].sort()).toEqual(['', 'C1', 'C2', 'C3', 'C4']);
    // C2 is A (the lead's account is older): 4 contacts this week.
    expect(lines).toContain(`${SERVICE},caseworker,C2,week,2026-11-23,contacts,4`);
    // The shift to community support, worked out by hand in outcomes.data.ts, through the SQL.
    expect(lines).toContain(`${SERVICE},caseworker,C2,day,2026-11-23,community_share_change,0.083`);
    expect(lines).toContain(`${SERVICE},service,,week,2026-11-16,support_used,3`);
    const seeded = [
      'The Lighthouse drop-in',
      ...PEOPLE.map((p) => p.name),
      ...Object.values(CASEWORKER_NAMES),
      OUTCOMES_LEAD.name,
      'Umbervale',
      MILESTONE_TITLE,
      ...GOALS.flatMap((g) => [g.title, g.reward]),
    ];
    for (const words of seeded) {
      for (const word of [words, ...words.split(' ').filter((x) => x.length > 4)]) {
        expect(text.toLowerCase()).not.toContain(word.toLowerCase());
      }
    }
    for (const id of [...PEOPLE.map((p) => p.id), ...Object.values(ids.caseworkers), ids.leadId]) {
      expect(text).not.toContain(id);
    }
    // Numbers, keys and ids only (a hospital-use reduction may be below 0).
    for (const line of lines.slice(1)) {
      expect(line).toMatch(
        /^[0-9a-f-]{36},(service|caseworker),(C\d+)?,(day|quarter|week|month|months_after),[\dQ-]+,[a-z0-9_]+,-?[\d.]*$/,
      );
    }
    // Data leaving the service is on the record.
    const exports = await sql<{ n: number }>`select count(*)::int as n from audit_log
      where service_id = ${SERVICE} and action = 'outcomes.export'`.execute(h.db);
    expect(exports.rows[0]?.n).toBe(1);
  });

  test('the admin command writes every service', async () => {
    const out: string[] = [];
    await runAdmin(h.db, ['export-outcomes'], (line) => out.push(line), NOW);
    const text = out.join('\n');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(OUTCOME_CSV_COLUMNS.join(','));
    const services = new Set(lines.slice(1).map((l) => l.split(',')[0]));
    expect(services).toEqual(new Set([SERVICE, w.serviceA, w.serviceB]));
    expect(lines).toContain(`${SERVICE},service,,week,2026-10-19,contacts,3`);
    const http = await (await call(h.app, 'GET', '/api/outcomes/export.csv', { as: lead })).text();
    // The same rows as the route gives for that service.
    expect(lines.filter((l) => l.startsWith(SERVICE))).toEqual(
      http.trimEnd().split('\r\n').slice(1),
    );
    for (const p of PEOPLE) expect(text).not.toContain(p.name);

    // --out writes the same lines to a file and says so.
    const dir = mkdtempSync(join(tmpdir(), 'hiu-outcomes-'));
    try {
      const file = join(dir, 'outcomes.csv');
      const said: string[] = [];
      await runAdmin(h.db, ['export-outcomes', '--out', file], (line) => said.push(line), NOW);
      expect(readFileSync(file, 'utf8')).toBe(`${out.join('\n')}\n`);
      expect(said).toEqual([`Wrote ${lines.length - 1} rows for 3 services to ${file}.`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
