import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '#shared/csv-parse';
import { guessMapping, importRequest, monthAt, monthIndex } from '#shared/hospital-import';
import { londonDate } from '#shared/london';
import { AuditListResponse } from '#shared/schemas/api';
import { HospitalImportResult, HospitalUseView } from '#shared/schemas/hospital-use';
import { Outcomes } from '#shared/schemas/outcomes';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call, json, login, type Caller } from './support/http';
import { buildWorld, PASSWORD, type World } from './support/world';

/*
 * Hospital use end to end: references, a trust file refused whole for its bad rows, a good
 * file imported (with zeros for the months a person in it has no row), a correction by hand,
 * the figures and both exports, and consent withdrawn taking the person out.
 *
 * Now is 23 November 2026. P1 was referred on 15 October 2025 (R = 2025-10), P2 on 10 May 2026
 * (R = 2026-05). The file spans 2024-10 to 2026-10:
 *   P1 A&E 2 a month in 2024-10..2025-09 (24 before), 1 in 2025-11 and 1 in 2026-01.
 *   P2 A&E 1 a month in 2025-05..2026-04 (12 before), 0 in 2026-10.
 * Admissions are in the file too, all blank (0).
 */

const header = '\uFEFF"NHS Number",Client ID,Month,"A&E attendances","Admissions"\r\n';
const line = (nhs: string, ref: string, month: string, ae: string, adm = '') =>
  `${nhs},${ref},${month},${ae},${adm}\r\n`;

function monthsFrom(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => monthAt(monthIndex(first) + i));
}

const goodFile =
  header +
  monthsFrom('2024-10', 12)
    .map((m) => line('943 476 5919', 'HIU-001', m, '2'))
    .join('') +
  line('943 476 5919', 'HIU-001', '11/2025', '1') +
  line('943 476 5919', 'hiu-001', 'Jan 2026', '1') +
  monthsFrom('2025-05', 12)
    .map((m) => line('943 476 5870', 'HIU-002', m, '1'))
    .join('') +
  line('943 476 5870', 'HIU-002', '2026-10-01', '0');

describe.each(ENGINES)('hospital use on %s', (engine) => {
  let h: Harness;
  let w: World;
  let lead: Caller;
  let casey: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    await sql`update people set created_at = '2025-10-15T10:00:00Z' where id = ${w.p1}`.execute(
      h.db,
    );
    await sql`update people set created_at = '2026-05-10T10:00:00Z' where id = ${w.p2}`.execute(
      h.db,
    );
    lead = await login(h.app, w.leadA.email, PASSWORD);
    casey = await login(h.app, w.casey.email, PASSWORD);
  });
  afterAll(() => h.close());

  const toRequest = (text: string) => {
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const [head, ...records] = parsed.records;
    return importRequest(records, guessMapping(head!.cells));
  };
  const hospitalRows = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from hospital_use`.execute(h.db)).rows[0]!
      .n;
  const serviceAe = async () => {
    const res = await call(h.app, 'GET', '/api/outcomes', { as: lead });
    expect(res.status).toBe(200);
    const outcomes = Outcomes.parse(await json(res));
    return outcomes.service.hospital.kinds.find((k) => k.kind === 'ae')!.horizons;
  };
  const audit = async () => {
    const res = await call(h.app, 'GET', '/api/audit?limit=200', { as: lead });
    return AuditListResponse.parse(await json(res));
  };

  test('references: set by the caseworker or the lead, unique whatever the case, never an NHS number', async () => {
    let res = await call(h.app, 'PUT', `/api/people/${w.p1}/hospital-use/service-ref`, {
      as: casey,
      body: { serviceRef: 'HIU-001' },
    });
    expect(res.status).toBe(200);
    expect(HospitalUseView.parse(await json(res))).toEqual({
      serviceRef: 'HIU-001',
      referralMonth: '2025-10',
      months: [],
    });
    res = await call(h.app, 'PUT', `/api/people/${w.p2}/hospital-use/service-ref`, {
      as: lead,
      body: { serviceRef: 'hiu-001' },
    });
    expect(res.status).toBe(409);
    expect((await body(res)).error).toBe('service_ref_taken');
    res = await call(h.app, 'PUT', `/api/people/${w.p2}/hospital-use/service-ref`, {
      as: lead,
      body: { serviceRef: '943 476 5919' },
    });
    expect(res.status).toBe(400);
    res = await call(h.app, 'PUT', `/api/people/${w.p2}/hospital-use/service-ref`, {
      as: lead,
      body: { serviceRef: 'HIU-002' },
    });
    expect(res.status).toBe(200);
    // Another service may use the same reference for its own person.
    const leadB = await login(h.app, w.leadB.email, PASSWORD);
    res = await call(h.app, 'PUT', `/api/people/${w.pb}/hospital-use/service-ref`, {
      as: leadB,
      body: { serviceRef: 'HIU-001' },
    });
    expect(res.status).toBe(200);
  });

  test('a file with bad rows is refused whole, each problem by its row number', async () => {
    const bad =
      goodFile +
      line('', 'HIU-404', '2026-01', '1') +
      line('', 'HIU-001', 'someday', 'lots') +
      line('', 'HIU-002', '2026-10', '3');
    const request = toRequest(bad);
    const res = await call(h.app, 'POST', '/api/outcomes/hospital-import', {
      as: lead,
      body: request,
    });
    expect(res.status).toBe(400);
    const problem = await body(res);
    expect(problem.error).toBe('import_refused');
    expect(problem.message).toBe(
      'Nothing was imported. 3 rows have problems: put them right in the file and import it again.',
    );
    // 1 header + 27 good rows: the bad ones are rows 29, 30 and 31.
    expect(problem.fields).toEqual({
      'row 29': 'Row 29: Nobody in this service has the reference “HIU-404”.',
      'row 30':
        'Row 30: “someday” is not a month we can read (use 2026-03 or 03/2026); A&E attendances “lots” is not a whole number from 0 to 999.',
      'row 31': 'Row 31: Row 28 already has “HIU-002” for 2026-10.',
    });
    expect(await hospitalRows()).toBe(0);
    expect((await audit()).filter((e) => e.action === 'hospital.import')).toEqual([]);
  });

  test('only the lead imports', async () => {
    const res = await call(h.app, 'POST', '/api/outcomes/hospital-import', {
      as: casey,
      body: toRequest(goodFile),
    });
    expect(res.status).toBe(403);
    expect(await hospitalRows()).toBe(0);
  });

  test('a good file is imported; months a person in it has no row for are 0', async () => {
    const request = toRequest(goodFile);
    // The NHS number column is never sent.
    expect(JSON.stringify(request)).not.toContain('943');
    const res = await call(h.app, 'POST', '/api/outcomes/hospital-import', {
      as: lead,
      body: request,
    });
    expect(res.status).toBe(200);
    // P1: 25 months of span, 14 rows, so 11 months × 2 kinds; P2: 13 rows, 12 × 2.
    expect(HospitalImportResult.parse(await json(res))).toEqual({
      rows: 27,
      people: 2,
      firstMonth: '2024-10',
      lastMonth: '2026-10',
      zeroFilled: 46,
    });
    expect(await hospitalRows()).toBe(50);
    const view = HospitalUseView.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/hospital-use`, { as: casey })),
    );
    expect(view.months).toHaveLength(25);
    expect(view.months[0]).toMatchObject({
      month: '2026-10',
      ae: 0,
      admissions: 0,
      calls999: null,
    });
    expect(view.months.find((m) => m.month === '2026-01')).toMatchObject({
      ae: 1,
      source: 'import',
    });
    const lines = (await audit()).filter((e) => e.action === 'hospital.import');
    expect(lines.map((e) => e.personId).sort()).toEqual([w.p1, w.p2].sort());
    // Nothing of the NHS numbers is kept anywhere.
    const dump = await sql<{
      t: string;
    }>`select row_to_json(hu)::text as t from hospital_use hu`.execute(h.db);
    // The NHS numbers, spaced or not (a bare "943" could be part of a random id in the dump).
    expect(dump.rows.map((r) => r.t).join()).not.toMatch(/943\s?476\s?(5919|5870)/);

    // A&E, worked by hand. 3 months: P1 and P2, before 24 + 12 = 36 over 24 person-months
    // = 1.5; after (1 + 0 + 1) + (0 + 0 + 0) = 2 over 6 = 0.33; 1 − 0.3333 / 1.5 = 0.778.
    // 6, 9 and 12 months: P1 only (P2's month R + 6 = 2026-11 is not over): before 24 / 12
    // = 2; after 2 over 6, 9, 12 = 0.33, 0.22, 0.17; reductions 0.833, 0.889, 0.917.
    expect(await serviceAe()).toEqual([
      {
        months: 3,
        people: 2,
        before: 36,
        after: 2,
        beforePerPersonMonth: 1.5,
        afterPerPersonMonth: 0.33,
        reduction: 0.778,
      },
      {
        months: 6,
        people: 1,
        before: 24,
        after: 2,
        beforePerPersonMonth: 2,
        afterPerPersonMonth: 0.33,
        reduction: 0.833,
      },
      {
        months: 9,
        people: 1,
        before: 24,
        after: 2,
        beforePerPersonMonth: 2,
        afterPerPersonMonth: 0.22,
        reduction: 0.889,
      },
      {
        months: 12,
        people: 1,
        before: 24,
        after: 2,
        beforePerPersonMonth: 2,
        afterPerPersonMonth: 0.17,
        reduction: 0.917,
      },
    ]);
  });

  test('a bad file after a good one changes nothing', async () => {
    const before = await sql`select * from hospital_use order by person_id, month`.execute(h.db);
    const res = await call(h.app, 'POST', '/api/outcomes/hospital-import', {
      as: lead,
      body: toRequest(
        header + line('', 'HIU-001', '2026-02', '7') + line('', 'HIU-003', '2026-02', '1'),
      ),
    });
    expect(res.status).toBe(400);
    expect(Object.keys((await body(res)).fields as object)).toEqual(['row 3']);
    const after = await sql`select * from hospital_use order by person_id, month`.execute(h.db);
    expect(after.rows).toEqual(before.rows);
  });

  test('the caseworker corrects a month by hand, and the figures follow', async () => {
    const res = await call(h.app, 'PUT', `/api/people/${w.p1}/hospital-use/months/2026-01`, {
      as: casey,
      body: { ae: 3, calls999: null, conveyances: null, admissions: 0 },
    });
    expect(res.status).toBe(200);
    const view = HospitalUseView.parse(await json(res));
    expect(view.months.find((m) => m.month === '2026-01')).toMatchObject({
      ae: 3,
      admissions: 0,
      source: 'manual',
    });
    // After at 3 months is now 1 + 0 + 3 = 4 over 6 = 0.67; 1 − 0.6667 / 1.5 = 0.556.
    expect((await serviceAe())[0]).toMatchObject({
      after: 4,
      afterPerPersonMonth: 0.67,
      reduction: 0.556,
    });
    const future = await call(h.app, 'PUT', `/api/people/${w.p1}/hospital-use/months/2026-12`, {
      as: casey,
      body: { ae: 1, calls999: null, conveyances: null, admissions: null },
    });
    expect(future.status).toBe(400);
    const drew = await login(h.app, w.drew.email, PASSWORD);
    const notTheirs = await call(h.app, 'PUT', `/api/people/${w.p1}/hospital-use/months/2026-01`, {
      as: drew,
      body: { ae: 0, calls999: null, conveyances: null, admissions: null },
    });
    expect(notTheirs.status).toBe(403);
    expect((await audit()).find((e) => e.action === 'hospital.month')).toMatchObject({
      personId: w.p1,
      detail: 'Hospital use for 2026-01 entered by hand',
    });
  });

  test('the exports carry the figures; the wide one opens in Excel', async () => {
    const long = await call(h.app, 'GET', '/api/outcomes/export.csv', { as: lead });
    const longText = await long.text();
    expect(longText).toContain(
      `${w.serviceA},service,,months_after,3,hospital_ae_attendances_reduction,0.556\r\n`,
    );
    const wide = await call(h.app, 'GET', '/api/outcomes/people.csv', { as: lead });
    expect(wide.status).toBe(200);
    expect(wide.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await wide.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const rows = text.split('\r\n');
    expect(rows.at(-1)).toBe('');
    // P1 (oldest referral) then P2. A&E: before, 3, 6, 9, 12 after; 999 calls unknown.
    // (Staff made at the same instant are ordered by id, so which C each is varies here.)
    expect(rows[1]).toMatch(/^P1,C[1-3],2025-10,yes,24,4,4,4,4,,,,,,,,,,,0,0,0,0,0$/);
    expect(rows[2]).toMatch(/^P2,C[1-3],2026-05,yes,12,0,,,,,,,,,,,,,,0,0,,,$/);
    expect(text).not.toMatch(/HIU-00|Penny|Quentin|943/);
    expect((await audit()).some((e) => e.action === 'hospital.people-export')).toBe(true);
  });

  test('consent to anonymised use withdrawn: out of the figures and both exports', async () => {
    const res = await call(h.app, 'POST', `/api/people/${w.p2}/consent`, {
      as: lead,
      body: { topic: 'outcomes', action: 'withdrawn', how: 'phone', day: londonDate(h.now()) },
    });
    expect(res.status).toBe(201);
    expect((await serviceAe())[0]).toMatchObject({ people: 1, before: 24, after: 4 });
    const wide = await (await call(h.app, 'GET', '/api/outcomes/people.csv', { as: lead })).text();
    expect(wide.split('\r\n').filter((l) => l.startsWith('P'))).toHaveLength(1);
  });
});
