import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { compileWasmOnce, initDataDirApart, pgliteStartParams, wasmBytes } from './pglite-memory';
import type { AuditLogTable } from './tables/audit-log.table';
import type { CaseworkersTable } from './tables/caseworkers.table';
import type { CaseworkerNotesTable } from './tables/notes.table';
import type { ConsentRecordsTable } from './tables/consent.table';
import type { HospitalUseTable } from './tables/hospital-use.table';
import type {
  SafeguardingCategoriesTable,
  SafeguardingConcernsTable,
  SafeguardingUpdatesTable,
} from './tables/safeguarding.table';
import type { ChangesTable } from './tables/changes.table';
import type { ContactNotesTable } from './tables/contact-notes.table';
import type { ContactEventsTable, ContactTargetsTable } from './tables/contacts.table';
import type { DevicesTable } from './tables/devices.table';
import type { GoalEventsTable } from './tables/goal-events.table';
import type { GoalsTable } from './tables/goals.table';
import type { MilestonesTable } from './tables/milestones.table';
import type { GuideContactsTable } from './tables/guide-contacts.table';
import type { AgreedHoursTable } from './tables/hours.table';
import type { KnownSignInsTable } from './tables/known-sign-ins.table';
import type { CaseworkerLeaveTable, LeavePersonCoverTable } from './tables/leave.table';
import type { MessagesTable } from './tables/messages.table';
import type { PairingCodesTable } from './tables/pairing-codes.table';
import type { PeopleTable } from './tables/people.table';
import type { MessagePhotosTable } from './tables/message-photos.table';
import type { PhotosTable } from './tables/photos.table';
import type { PlansTable } from './tables/plans.table';
import type { RoutinesTable } from './tables/routines.table';
import type { PushJobsTable } from './tables/push-jobs.table';
import type { RelapsePlansTable, ReviewSettingsTable, ReviewsTable } from './tables/reviews.table';
import type { PushSubscriptionsTable } from './tables/push-subscriptions.table';
import type { ServiceCalendarsTable } from './tables/service-calendars.table';
import type { ServicesTable } from './tables/services.table';
import type { SessionsTable } from './tables/sessions.table';
import type { SettingsTable } from './tables/settings.table';
import type { SharedEntriesTable } from './tables/shared-entries.table';
import type { TextJobsTable, TextNumbersTable, TextSendsTable } from './tables/texts.table';
import type { ThrottlesTable } from './tables/throttles.table';
import type { TriageDoneTable } from './tables/triage.table';
import type { ContactAlternativesTable, SupportUsedTable } from './tables/support-used.table';
import type { CheckInsTable, UrgentCareReportsTable } from './tables/wellbeing.table';

export interface Database {
  services: ServicesTable;
  service_calendars: ServiceCalendarsTable;
  settings: SettingsTable;
  caseworkers: CaseworkersTable;
  sessions: SessionsTable;
  throttles: ThrottlesTable;
  known_sign_ins: KnownSignInsTable;
  people: PeopleTable;
  plans: PlansTable;
  routines: RoutinesTable;
  agreed_hours: AgreedHoursTable;
  guide_contacts: GuideContactsTable;
  goals: GoalsTable;
  milestones: MilestonesTable;
  goal_events: GoalEventsTable;
  contact_targets: ContactTargetsTable;
  contact_events: ContactEventsTable;
  contact_notes: ContactNotesTable;
  check_ins: CheckInsTable;
  urgent_care_reports: UrgentCareReportsTable;
  devices: DevicesTable;
  pairing_codes: PairingCodesTable;
  audit_log: AuditLogTable;
  changes: ChangesTable;
  shared_entries: SharedEntriesTable;
  messages: MessagesTable;
  message_photos: MessagePhotosTable;
  push_subscriptions: PushSubscriptionsTable;
  push_jobs: PushJobsTable;
  photos: PhotosTable;
  triage_done: TriageDoneTable;
  caseworker_notes: CaseworkerNotesTable;
  consent_records: ConsentRecordsTable;
  contact_alternatives: ContactAlternativesTable;
  support_used: SupportUsedTable;
  safeguarding_categories: SafeguardingCategoriesTable;
  safeguarding_concerns: SafeguardingConcernsTable;
  safeguarding_updates: SafeguardingUpdatesTable;
  text_numbers: TextNumbersTable;
  text_jobs: TextJobsTable;
  text_sends: TextSendsTable;
  review_settings: ReviewSettingsTable;
  reviews: ReviewsTable;
  relapse_plans: RelapsePlansTable;
  caseworker_leave: CaseworkerLeaveTable;
  leave_person_cover: LeavePersonCoverTable;
  hospital_use: HospitalUseTable;
}

/** The database, or a transaction on it: every repository function takes one first. */
export type Db = Kysely<Database>;

export type Engine = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it we use PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite keeps its files in `<dataDir>/pglite`; without it PGlite lives in memory. */
  dataDir?: string | undefined;
}

/** PostgreSQL's `date` type. Both engines read it as 'YYYY-MM-DD' (a day, never a Date at midnight somewhere). */
const DATE_OID = 1082;
const keepText = (value: string) => value;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID
      ? keepText
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};
const pgliteParsers = { [DATE_OID]: keepText };

const pgliteOptions = () => ({ parsers: pgliteParsers, startParams: pgliteStartParams() });

const pglites = new WeakMap<Db, PGlite>();

/** How much WebAssembly memory PGlite holds (it only grows); undefined on PostgreSQL. */
export function pgliteMemoryBytes(db: Db): number | undefined {
  const pglite = pglites.get(db);
  return pglite && wasmBytes(pglite);
}

function withPglite(pglite: PGlite): Db {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  pglites.set(db, pglite);
  return db;
}

/** Open Kysely over PostgreSQL (`databaseUrl`) or PGlite (on disk or in memory). */
export function openDatabase(options: DatabaseOptions): { db: Db; engine: Engine } {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, types: pgTypes });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      engine: 'postgres',
    };
  }
  compileWasmOnce();
  if (!options.dataDir) {
    return { db: withPglite(new PGlite(pgliteOptions())), engine: 'pglite' };
  }
  const dir = join(options.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const unlock = lockDataDir(options.dataDir);
  initDataDirApart(dir);
  const pglite = new PGlite(dir, pgliteOptions());
  const close = pglite.close.bind(pglite);
  // Kysely's destroy() closes PGlite; release the directory when it does.
  const closing = Object.assign(pglite, {
    close: async () => {
      try {
        await close();
      } finally {
        unlock();
      }
    },
  });
  return { db: withPglite(closing), engine: 'pglite' };
}
