/**
 * The outcomes dashboard on a national-size database (see bench/README.md): 100 services,
 * 15,000 people, two years of contacts (2–4 per person-week), monthly check-ins, goals with
 * history, contact targets with step-downs, and some urgent-care reports, made in the database
 * with generate_series, and hospital use for 9 in 10 people. Then: one service's dashboard (`loadOutcomes`, what GET /api/outcomes
 * computes) and the anonymised export of every service (`exportAllOutcomes`, what the admin
 * command runs), that service's one-row-per-person CSV and a trust file's import (rolled back).
 * PGlite on disk always; PostgreSQL too with BENCH_DATABASE_URL (a scratch
 * database beside it, dropped after).
 *
 *   npx tsx bench/outcomes.ts [--engine=pglite|postgres] [--runs=5] [--people=15000]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Db } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { exportAllOutcomes } from '../src/server/outcomes/export';
import type { HospitalKind } from '../src/shared/schemas/hospital-use';
import { serviceRefs, writeImport } from '../src/server/db/tables/hospital-use.table';
import { checkImport } from '../src/server/outcomes/hospital-import';
import { loadCaseworkers, loadOutcomeRows, loadOutcomes } from '../src/server/outcomes/load';
import { peopleCsv } from '../src/server/outcomes/people-csv';

/** Thrown to roll a timed import back. */
class RolledBack extends Error {}
import { scratchDatabase } from './lib/postgres';

const RESULTS = join(import.meta.dirname, 'results');
const SERVICES = 100;
const PEOPLE = Number(arg('people') ?? process.env.BENCH_PEOPLE ?? 15_000);
const RUNS = Number(arg('runs') ?? process.env.BENCH_RUNS ?? 5);
/** Monday 23 November 2026, 10:00 London: the data end here. */
const NOW = new Date('2026-11-23T10:00:00Z');
/** 104 weeks before: Monday 25 November 2024, 10:00. */
const FROM = '2024-11-25T10:00:00Z';

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const ms = (start: bigint) => Math.round(Number(process.hrtime.bigint() - start) / 1e4) / 100;

async function step(what: string, run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  const took = ms(start);
  process.stderr.write(`  ${what}: ${(took / 1000).toFixed(1)} s\n`);
  return took;
}

/**
 * A bulk load into `table` without its indexes (as a restore does): drop them, load, build them
 * again. Building an index once is far quicker than growing it row by row.
 */
async function bulk(db: Db, table: string, load: () => Promise<unknown>): Promise<void> {
  const { rows } = await sql<{ indexname: string; indexdef: string }>`
    select indexname, indexdef from pg_indexes
     where schemaname = current_schema() and tablename = ${table}`.execute(db);
  const primary = `${table}_pkey`;
  const others = rows.filter((r) => r.indexname !== primary);
  // A primary key another table's foreign key points at (contact_notes → contact_events) stays.
  const { rows: referenced } = await sql<{ n: number }>`
    select count(*)::int as n from pg_constraint
     where contype = 'f' and confrelid = ${table}::regclass`.execute(db);
  const hasPrimary = others.length < rows.length && (referenced[0]?.n ?? 0) === 0;
  if (hasPrimary)
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(primary)}`.execute(db);
  for (const r of others) await sql`drop index ${sql.id(r.indexname)}`.execute(db);
  await load();
  if (hasPrimary) await sql`alter table ${sql.table(table)} add primary key (id)`.execute(db);
  for (const r of others) await sql.raw(r.indexdef).execute(db);
}

/** The national-size data, all in SQL. Ids are md5-made so the steps can join without lookups. */
export async function generate(db: Db): Promise<Record<string, number>> {
  const perService = Math.ceil(PEOPLE / SERVICES);
  // A person's service and caseworker (5 per service; k = 0 is the lead, with no caseload).
  const svc = sql.raw(`md5('s' || ((p - 1) / ${perService} + 1))::uuid`);
  const times: Record<string, number> = {};
  times.staff = await step('services and staff', async () => {
    await sql`insert into services (id, name, created_at)
      select md5('s' || s)::uuid, 'Bench service ' || s, ${NOW}::timestamptz - interval '3 years'
        from generate_series(1, ${SERVICES}) s`.execute(db);
    await sql`insert into caseworkers (id, service_id, name, email, role, password_hash,
        must_change_password, active, working_hours, created_at, password_changed_at)
      select md5('c' || s || '-' || k)::uuid, md5('s' || s)::uuid, 'Staff ' || s || '-' || k,
             'staff' || s || '-' || k || '@bench.example.org',
             case when k = 0 then 'lead' else 'caseworker' end, 'x', false, true,
             '{"kind":"weekly","weekly":[],"exceptions":[]}'::jsonb,
             ${NOW}::timestamptz - interval '3 years' + k * interval '1 day',
             ${NOW}::timestamptz - interval '3 years'
        from generate_series(1, ${SERVICES}) s cross join generate_series(0, 5) k`.execute(db);
  });
  times.people = await step('people', () =>
    sql`insert into people (id, service_id, caseworker_id, display_name, status, created_at,
        updated_at, stepped_back_at)
      select md5('p' || p)::uuid, ${svc},
             md5('c' || ((p - 1) / ${perService} + 1) || '-' || (1 + p % 5))::uuid,
             'Person ' || p,
             case when p % 7 = 0 then 'stepped-back' else 'active' end,
             ${NOW}::timestamptz - (30 + random() * 1000) * interval '1 day',
             ${NOW}::timestamptz,
             case when p % 7 = 0 then ${NOW}::timestamptz - random() * interval '60 days' end
        from generate_series(1, ${PEOPLE}) p`.execute(db),
  );
  times.contacts = await step('contacts (2–4 per person-week, 104 weeks)', () =>
    bulk(db, 'contact_events', () =>
      sql`insert into contact_events (id, service_id, person_id, at, kind, source, created_at)
      select gen_random_uuid(), pe.service_id, pe.id,
             ${FROM}::timestamptz + w * interval '7 days' + random() * interval '7 days',
             k.kind, case when k.kind = 'message' then 'app' else 'person' end, ${NOW}::timestamptz
        from people pe
        cross join generate_series(0, 103) w
        cross join lateral generate_series(1, 2 + (hashtext(pe.id::text || w) & 2147483647) % 3) n
        cross join lateral (select (array['message', 'call', 'text', 'visit'])[1 + (n + w) % 4]
                              as kind) k`.execute(db),
    ),
  );
  times.targets = await step('contact targets (3 in 5 people, a step-down every 8 weeks)', () =>
    sql`insert into contact_targets (service_id, person_id, from_week, times, set_at)
      select pe.service_id, pe.id, date '2024-11-25' + s * 56, 10 - (s * 8) / 12,
             ${NOW}::timestamptz
        from people pe cross join generate_series(0, 12) s
       where (hashtext(pe.id::text) & 2147483647) % 5 < 3`.execute(db),
  );
  times.checkIns = await step('check-ins (monthly)', () =>
    bulk(db, 'check_ins', () =>
      sql`insert into check_ins (id, service_id, person_id, at, reason, satisfied, worthwhile,
        happy, anxious, lonely, received_at)
      select gen_random_uuid(), pe.service_id, pe.id,
             timestamptz '2024-12-01 12:00+00' + m * interval '1 month'
               + random() * interval '20 days',
             case when m = 0 then 'start' else 'monthly' end,
             case when random() < 0.9 then (random() * 10)::int end,
             case when random() < 0.9 then (random() * 10)::int end,
             case when random() < 0.9 then (random() * 10)::int end,
             case when random() < 0.9 then (random() * 10)::int end,
             (array['often-or-always', 'some-of-the-time', 'occasionally', 'hardly-ever',
                    'never', null])[1 + (random() * 5.99)::int],
             ${NOW}::timestamptz
        from people pe cross join generate_series(0, 23) m`.execute(db),
    ),
  );
  times.goals = await step('goals (1–3 a person) and 6 events each', async () => {
    await sql`insert into goals (id, service_id, person_id, title, status, created_at, updated_at)
      select gen_random_uuid(), pe.service_id, pe.id, 'Goal ' || g,
             (array['active', 'active', 'paused', 'finished'])[1 + (hashtext(pe.id::text || g) & 2147483647) % 4],
             ${NOW}::timestamptz - interval '700 days', ${NOW}::timestamptz
        from people pe
        cross join lateral generate_series(1, 1 + (hashtext(pe.id::text) & 2147483647) % 3) g`.execute(
      db,
    );
    await sql`insert into goal_events (service_id, goal_id, at, kind, by, title)
      select g.service_id, g.id, ${NOW}::timestamptz - random() * interval '700 days',
             (array['set', 'changed', 'milestone-done', 'milestone-done', 'paused',
                    'finished'])[e], 'person', 'Step'
        from goals g cross join generate_series(1, 6) e`.execute(db);
  });
  times.urgentCare = await step('urgent care (1 in 10 people, some months)', () =>
    sql`insert into urgent_care_reports (id, service_id, person_id, at, went_to_ae, called_999,
        called_111, received_at)
      select gen_random_uuid(), pe.service_id, pe.id,
             timestamptz '2024-12-01 00:00+00' + m * interval '1 month'
               + random() * interval '27 days',
             random() < 0.5, random() < 0.3, random() < 0.6, ${NOW}::timestamptz
        from people pe cross join generate_series(0, 23) m
       where (hashtext(pe.id::text) & 2147483647) % 10 = 0 and random() < 0.4`.execute(db),
  );
  times.hospital = await step(
    'hospital use (9 in 10 people, 12 months before to last month)',
    async () => {
      await sql`update people set service_ref = 'REF-' || substr(id::text, 1, 8)`.execute(db);
      await sql`insert into hospital_use (service_id, person_id, month, ae, calls999, conveyances,
        admissions, source, updated_at)
      select pe.service_id, pe.id, to_char(r.month + m * interval '1 month', 'YYYY-MM'),
             case when m < 0 then (random() * 4)::int else (random() * 2)::int end,
             case when m < 0 then (random() * 3)::int else (random() * 1.4)::int end,
             (random() * 2)::int, (random() * 1.2)::int, 'import', ${NOW}::timestamptz
        from people pe
        cross join lateral (select date_trunc('month', pe.created_at at time zone 'Europe/London')
                              as month) r
        cross join generate_series(-12, 40) m
       where r.month + m * interval '1 month'
               < date_trunc('month', ${NOW}::timestamptz at time zone 'Europe/London')
         and (hashtext(pe.id::text) & 2147483647) % 10 < 9`.execute(db);
    },
  );
  times.analyze = await step('analyze', () => sql`analyze`.execute(db));
  return times;
}

async function counts(db: Db): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of [
    'services',
    'caseworkers',
    'people',
    'contact_events',
    'contact_targets',
    'check_ins',
    'goals',
    'goal_events',
    'urgent_care_reports',
    'hospital_use',
  ]) {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    result[table] = rows[0]?.n ?? 0;
  }
  return result;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    min: sorted[0] ?? 0,
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    max: sorted.at(-1) ?? 0,
  };
}

async function benchEngine(engine: 'pglite' | 'postgres') {
  let databaseUrl: string | undefined;
  let dataDir: string | undefined;
  let drop: () => Promise<void>;
  let version = 'PGlite';
  if (engine === 'postgres') {
    const adminUrl = process.env.BENCH_DATABASE_URL;
    if (!adminUrl) throw new Error('BENCH_DATABASE_URL is not set');
    const scratch = await scratchDatabase(adminUrl);
    databaseUrl = scratch.url;
    drop = scratch.drop;
    version = scratch.version;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'hiu-bench-outcomes-'));
    drop = async () => rmSync(dataDir ?? '', { recursive: true, force: true });
  }
  const { db } = openDatabase({ databaseUrl, dataDir });
  try {
    await migrateToLatest(db);
    await sql`select setseed(0.5)`.execute(db);
    process.stderr.write(`${engine}: generating ${PEOPLE} people in ${SERVICES} services\n`);
    const start = process.hrtime.bigint();
    const generateMs = await generate(db);
    const generateTotal = ms(start);
    const rows = await counts(db);
    process.stderr.write(`  rows: ${JSON.stringify(rows)}\n`);

    // One service's dashboard: the first run is cold (caches, plans), then RUNS more.
    const { rows: services } = await sql<{ id: string }>`
      select id from services order by created_at, id`.execute(db);
    const serviceId = services[Math.floor(services.length / 2)]?.id ?? '';
    const dashboard: number[] = [];
    let first = 0;
    for (let i = 0; i <= RUNS; i++) {
      const t = process.hrtime.bigint();
      const outcomes = await loadOutcomes(db, serviceId, NOW);
      JSON.stringify(outcomes);
      if (i === 0) first = ms(t);
      else dashboard.push(ms(t));
    }
    const sample = await loadOutcomes(db, serviceId, NOW);

    const exports: number[] = [];
    let exportRows = 0;
    let exportBytes = 0;
    for (let i = 0; i < Math.max(2, Math.ceil(RUNS / 2)); i++) {
      let bytes = 0;
      const t = process.hrtime.bigint();
      const done = await exportAllOutcomes(db, NOW, (line) => {
        bytes += line.length + 1;
      });
      exports.push(ms(t));
      exportRows = done.rows;
      exportBytes = bytes;
    }
    // The one-row-per-person CSV of that service, what GET /api/outcomes/people.csv makes.
    const peopleCsvMs: number[] = [];
    let peopleCsvBytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      const rowsOf = await loadOutcomeRows(db, serviceId, NOW);
      peopleCsvBytes = peopleCsv(rowsOf, await loadCaseworkers(db, serviceId), NOW).length;
      peopleCsvMs.push(ms(t));
    }

    // A trust's file for that service: 150 people × 12 months, checked and written in one
    // transaction (as POST /api/outcomes/hospital-import), then rolled back to keep the data.
    const importMs: number[] = [];
    const people = await sql<{ id: string; service_ref: string }>`
      select id, service_ref from people where service_id = ${serviceId}`.execute(db);
    const request = {
      kinds: ['ae', 'calls999', 'conveyances', 'admissions'] as HospitalKind[],
      rows: people.rows.flatMap((p, i) =>
        Array.from({ length: 12 }, (_, m) => [
          2 + i * 12 + m,
          p.service_ref,
          `2025-${String(m + 1).padStart(2, '0')}`,
          String(m % 3),
          '0',
          '1',
          '',
        ]),
      ),
    };
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      await db
        .transaction()
        .execute(async (trx) => {
          const checked = checkImport(request, await serviceRefs(trx, serviceId), '2026-11');
          if (!checked.ok) throw new Error(checked.problems[0]?.message);
          await writeImport(
            trx,
            serviceId,
            request.kinds,
            checked.rows,
            checked.span,
            serviceId,
            NOW,
          );
          throw new RolledBack();
        })
        .catch((error: unknown) => {
          if (!(error instanceof RolledBack)) throw error;
        });
      importMs.push(ms(t));
    }

    const result = {
      engine,
      version,
      rows,
      generateMs,
      generateTotalMs: generateTotal,
      dashboardFirstMs: first,
      dashboardMs: summary(dashboard),
      exportMs: summary(exports),
      exportRows,
      exportBytes,
      peopleCsvMs: summary(peopleCsvMs),
      peopleCsvBytes,
      importRows: request.rows.length,
      importMs: summary(importMs),
      sampleService: {
        supportedNow: sample.service.supportedNow,
        caseworkers: sample.caseworkers.length,
        contactsThisWeek: sample.service.contactWeeks.at(-1)?.contacts ?? 0,
        wellbeingPeople: sample.service.wellbeing.people,
        hospitalPeopleWithData: sample.service.hospital.peopleWithData,
        aeAt12Months: sample.service.hospital.kinds[0]?.horizons.at(-1),
      },
    };
    process.stderr.write(`  ${JSON.stringify(result)}\n`);
    return result;
  } finally {
    await db.destroy();
    await drop();
  }
}

export async function main(): Promise<void> {
  const engines = (['pglite', 'postgres'] as const).filter((e) =>
    arg('engine') ? arg('engine') === e : e === 'pglite' || Boolean(process.env.BENCH_DATABASE_URL),
  );
  const startedAt = new Date().toISOString();
  const results = [];
  for (const engine of engines) results.push(await benchEngine(engine));
  const record = {
    date: startedAt,
    machine: {
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    settings: { services: SERVICES, people: PEOPLE, runs: RUNS, now: NOW.toISOString() },
    results,
  };
  mkdirSync(RESULTS, { recursive: true });
  const name = arg('out') ?? `${startedAt.slice(0, 10)}-outcomes`;
  const file = join(RESULTS, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(
    [
      `Outcomes, ${PEOPLE} people in ${SERVICES} services (ms)`,
      '| engine | generate | dashboard first | dashboard median (max) | export all median (max) | export rows | people CSV median (max) | import median (max) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...results.map(
        (r) =>
          `| ${r.version} | ${r.generateTotalMs} | ${r.dashboardFirstMs} | ${r.dashboardMs.median} (${r.dashboardMs.max}) | ${r.exportMs.median} (${r.exportMs.max}) | ${r.exportRows} | ${r.peopleCsvMs.median} (${r.peopleCsvMs.max}) | ${r.importMs.median} (${r.importMs.max}) |`,
      ),
      `(written to ${file})`,
    ].join('\n'),
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
