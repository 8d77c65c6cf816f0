import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type {
  HospitalImportRequest,
  HospitalImportResult,
  HospitalUseView,
} from '#shared/schemas/hospital-use';
import { audit, auditAll, staffActor } from '../audit/audit';
import { assertLead, loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Staff } from '../auth/sessions';
import type { Db } from '../db/database';
import type { PersonSummaryRow } from '../db/tables/people.table';
import {
  listHospitalUse,
  serviceRefs,
  setHospitalMonth,
  setServiceRef,
  writeImport,
} from '../db/tables/hospital-use.table';
import { londonMonth } from '../outcomes/hospital';
import { checkImport } from '../outcomes/hospital-import';
import { ApiProblem } from '../problem';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { validate } from './validate';

/** The most row problems one refusal lists (the message says how many there were). */
const MAX_LISTED = 100;

async function view(db: Db, person: PersonSummaryRow): Promise<HospitalUseView> {
  return {
    serviceRef: person.service_ref,
    referralMonth: londonMonth(new Date(person.created_at)),
    months: await listHospitalUse(db, person.service_id, person.id),
  };
}

/**
 * /api/people/:personId/hospital-use: the person's caseworker and the lead read the months,
 * set the service reference and enter or correct a month by hand. Every read and write is
 * audited (the counts are health data about the person).
 */
export function hospitalUseRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.hospital.person.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const now = clock();
      const body = await view(db, person);
      deps.auditLog.read(
        {
          serviceId: person.service_id,
          actor: staffActor(staff.caseworker.id),
          action: 'hospital.read',
          personId: person.id,
        },
        now,
      );
      return c.json(body);
    })
    .put(
      '/service-ref',
      validate('param', endpoints.hospital.setServiceRef.params),
      validate('json', endpoints.hospital.setServiceRef.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const { serviceRef } = c.req.valid('json');
        const now = clock();
        await db.transaction().execute(async (trx) => {
          const ok = await setServiceRef(trx, person.service_id, person.id, serviceRef);
          if (!ok) {
            throw new ApiProblem(
              409,
              'service_ref_taken',
              'Someone else in this service has that reference. Check the reference and try again.',
              { serviceRef: 'Someone else in this service has that reference.' },
            );
          }
          await audit(
            trx,
            {
              serviceId: person.service_id,
              actor: staffActor(staff.caseworker.id),
              action: 'hospital.service-ref',
              personId: person.id,
              detail: serviceRef === null ? 'Service reference removed' : 'Service reference set',
            },
            now,
          );
        });
        return c.json(await view(db, { ...person, service_ref: serviceRef }));
      },
    )
    .put(
      '/months/:month',
      validate('param', endpoints.hospital.setMonth.params),
      validate('json', endpoints.hospital.setMonth.body),
      async (c) => {
        const staff = c.get('staff');
        const { personId, month } = c.req.valid('param');
        const person = await loadPersonForStaff(db, staff, personId);
        const counts = c.req.valid('json');
        const now = clock();
        if (month > londonMonth(now)) {
          throw new ApiProblem(400, 'future_month', 'The month must be this month or earlier.');
        }
        await db.transaction().execute(async (trx) => {
          const key = { serviceId: person.service_id, personId: person.id, month };
          await setHospitalMonth(trx, key, counts, staff.caseworker.id, now);
          const removed = Object.values(counts).every((v) => v === null);
          await audit(
            trx,
            {
              serviceId: person.service_id,
              actor: staffActor(staff.caseworker.id),
              action: 'hospital.month',
              personId: person.id,
              detail: `Hospital use for ${month} ${removed ? 'removed' : 'entered by hand'}`,
            },
            now,
          );
        });
        return c.json(await view(db, person));
      },
    );
}

/** POST /api/outcomes/hospital-import: the lead imports a trust's file, whole or not at all. */
export async function importHospitalUse(
  deps: Runtime,
  staff: Staff,
  request: HospitalImportRequest,
): Promise<HospitalImportResult> {
  assertLead(staff);
  const { db } = deps;
  const now = deps.clock();
  const serviceId = staff.caseworker.service_id;
  return db.transaction().execute(async (trx) => {
    // Read the references inside the transaction, so a reference changed meanwhile cannot
    // send a row to the wrong person.
    const refs = await serviceRefs(trx, serviceId);
    const checked = checkImport(request, refs, londonMonth(now));
    if (!checked.ok) {
      const n = checked.problems.length;
      const listed = checked.problems.slice(0, MAX_LISTED);
      throw new ApiProblem(
        400,
        'import_refused',
        `Nothing was imported. ${n === 1 ? '1 row has a problem' : `${n} rows have problems`}${
          n > MAX_LISTED ? ` (the first ${MAX_LISTED} are listed)` : ''
        }: put ${n === 1 ? 'it' : 'them'} right in the file and import it again.`,
        Object.fromEntries(listed.map((p) => [`row ${p.row}`, p.message.slice(0, 300)])),
      );
    }
    const zeroFilled = await writeImport(
      trx,
      serviceId,
      request.kinds,
      checked.rows,
      checked.span,
      staff.caseworker.id,
      now,
    );
    const perPerson = new Map<string, number>();
    for (const r of checked.rows) perPerson.set(r.personId, (perPerson.get(r.personId) ?? 0) + 1);
    const actor = staffActor(staff.caseworker.id);
    const span = `${checked.span[0]} to ${checked.span.at(-1)}`;
    await auditAll(
      trx,
      [...perPerson].map(([personId, rows]) => ({
        serviceId,
        actor,
        action: 'hospital.import',
        personId,
        detail: `Hospital use imported from a trust file: ${rows} month${rows === 1 ? '' : 's'}, ${span}`,
      })),
      now,
    );
    return {
      rows: checked.rows.length,
      people: checked.people,
      firstMonth: checked.span[0]!,
      lastMonth: checked.span.at(-1)!,
      zeroFilled,
    };
  });
}
