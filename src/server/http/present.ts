import type { AuditEntry } from '#shared/schemas/audit';
import type { Caseworker } from '#shared/schemas/caseworker';
import type { Device } from '#shared/schemas/device';
import type { Service } from '#shared/schemas/service';
import type { PersonSummary } from '#shared/schemas/api';
import type { SharedEntryState } from '#shared/schemas/connect';
import { JournalEntry, type SharedJournalEntry } from '#shared/schemas/journal';
import type { Message } from '#shared/schemas/message';
import type { AuditRow } from '../db/tables/audit-log.table';
import type { CaseworkerRow } from '../db/tables/caseworkers.table';
import type { DeviceRow } from '../db/tables/devices.table';
import type { MessageRow } from '../db/tables/messages.table';
import type { PersonSummaryRow } from '../db/tables/people.table';
import type { ServiceRow } from '../db/tables/services.table';
import type { SharedEntryRow } from '../db/tables/shared-entries.table';

/** Database rows in the shapes of the shared contract. Hashes and secrets never leave here. */

export const presentService = (row: ServiceRow): Service => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
});

export const presentCaseworker = (row: CaseworkerRow): Caseworker => ({
  id: row.id,
  serviceId: row.service_id,
  name: row.name,
  email: row.email,
  role: row.role,
  active: row.active,
  createdAt: row.created_at.toISOString(),
});

export const presentPerson = (row: PersonSummaryRow): PersonSummary => ({
  id: row.id,
  serviceId: row.service_id,
  displayName: row.display_name,
  caseworkerId: row.caseworker_id,
  status: row.status,
  createdAt: row.created_at.toISOString(),
  steppedBackAt: row.stepped_back_at?.toISOString() ?? null,
  caseworkerName: row.caseworker_name,
  linked: row.linked,
  unreadEntries: Number(row.unread_entries),
  unreadMessages: Number(row.unread_messages),
  lastContactAt: row.last_contact_at?.toISOString() ?? null,
});

export const presentMessage = (row: MessageRow): Message => ({
  id: row.id,
  personId: row.person_id,
  from: row.sender,
  caseworkerId: row.caseworker_id,
  body: row.body,
  sentAt: row.sent_at.toISOString(),
  heldUntil: row.held_until?.toISOString() ?? null,
  delivered: row.delivered_at !== null,
  readAt: row.read_at?.toISOString() ?? null,
  ...(row.has_photo ? { photo: true as const } : {}),
});

/** A shared entry for the console. The entry is read back through the shared schema. */
export const presentSharedEntry = (row: SharedEntryRow): SharedJournalEntry => ({
  id: row.id,
  personId: row.person_id,
  entry: JournalEntry.parse(row.entry),
  sharedAt: row.shared_at.toISOString(),
  readAt: row.read_at?.toISOString() ?? null,
});

/** What the phone learns about an entry it shared: no content, only its state. */
export const presentSharedEntryState = (
  row: Pick<SharedEntryRow, 'id' | 'shared_at' | 'read_at'>,
): SharedEntryState => ({
  id: row.id,
  sharedAt: row.shared_at.toISOString(),
  readAt: row.read_at?.toISOString() ?? null,
});

export const presentDevice = (row: DeviceRow): Device => ({
  id: row.id,
  personId: row.person_id,
  ...(row.label ? { label: row.label } : {}),
  pairedAt: row.paired_at.toISOString(),
  lastSeenAt: row.last_seen_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

export const presentAudit = (row: AuditRow & { actor_name: string | null }): AuditEntry => ({
  id: row.id,
  at: row.at.toISOString(),
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action,
  personId: row.person_id,
  ...(row.detail ? { detail: row.detail } : {}),
});
