import type { Migration } from 'kysely/migration';
import * as createServices from './2026_11_22_0001_create_services';
import * as createCaseworkers from './2026_11_22_0002_create_caseworkers';
import * as createPeople from './2026_11_22_0003_create_people';
import * as createDevices from './2026_11_22_0004_create_devices';
import * as createAuditLog from './2026_11_22_0005_create_audit_log';
import * as addProfileVersion from './2026_11_22_0006_add_profile_version';
import * as createSharedEntries from './2026_11_23_0001_create_shared_entries';
import * as createMessages from './2026_11_23_0002_create_messages';
import * as createPush from './2026_11_23_0003_create_push';
import * as createPhotos from './2026_11_23_0004_create_photos';
import * as progress from './2026_11_24_0001_progress';
import * as outcomesIndexes from './2026_11_24_0002_outcomes_indexes';
import * as createKnownSignIns from './2026_12_02_0001_create_known_sign_ins';
import * as entryIdIndexes from './2026_12_02_0010_entry_id_indexes';
import * as caseloadIndexes from './2026_12_02_0020_caseload_indexes';
import * as createTriageDone from './2026_12_03_0400_create_triage_done';
import * as caseworkerNotes from './2026_12_04_0200_caseworker_notes';
import * as contactAlternatives from './2026_12_04_0300_contact_alternatives';
import * as serviceCalendar from './2026_12_04_0400_service_calendar';
import * as consent from './2026_12_04_0500_consent';
import * as safeguarding from './2026_12_04_0600_safeguarding';
import * as contactNotes from './2026_12_04_0700_contact_notes';
import * as createRoutines from './2026_12_07_1400_create_routines';
import * as texts from './2026_12_07_1420_texts';
import * as caseworkerLeave from './2026_12_07_1430_caseworker_leave';
import * as reviews from './2026_12_07_1440_reviews';
import * as hospitalUse from './2026_12_07_1450_hospital_use';
import * as messagePhotos from './2026_12_07_1460_message_photos';

/** Every migration, by name. Listed by hand (not globbed) so bundling and tsx agree. */
export const migrations: Record<string, Migration> = {
  '2026_11_22_0001_create_services': createServices,
  '2026_11_22_0002_create_caseworkers': createCaseworkers,
  '2026_11_22_0003_create_people': createPeople,
  '2026_11_22_0004_create_devices': createDevices,
  '2026_11_22_0005_create_audit_log': createAuditLog,
  '2026_11_22_0006_add_profile_version': addProfileVersion,
  '2026_11_23_0001_create_shared_entries': createSharedEntries,
  '2026_11_23_0002_create_messages': createMessages,
  '2026_11_23_0003_create_push': createPush,
  '2026_11_23_0004_create_photos': createPhotos,
  '2026_11_24_0001_progress': progress,
  '2026_11_24_0002_outcomes_indexes': outcomesIndexes,
  '2026_12_02_0001_create_known_sign_ins': createKnownSignIns,
  '2026_12_02_0010_entry_id_indexes': entryIdIndexes,
  '2026_12_02_0020_caseload_indexes': caseloadIndexes,
  '2026_12_03_0400_create_triage_done': createTriageDone,
  '2026_12_04_0200_caseworker_notes': caseworkerNotes,
  '2026_12_04_0300_contact_alternatives': contactAlternatives,
  '2026_12_04_0400_service_calendar': serviceCalendar,
  '2026_12_04_0500_consent': consent,
  '2026_12_04_0600_safeguarding': safeguarding,
  '2026_12_04_0700_contact_notes': contactNotes,
  '2026_12_07_1400_create_routines': createRoutines,
  '2026_12_07_1420_texts': texts,
  '2026_12_07_1430_caseworker_leave': caseworkerLeave,
  '2026_12_07_1440_reviews': reviews,
  '2026_12_07_1450_hospital_use': hospitalUse,
  '2026_12_07_1460_message_photos': messagePhotos,
};
