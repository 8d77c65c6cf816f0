import type { AuditEntry } from '#shared/schemas/audit';
import type { Caseworker } from '#shared/schemas/caseworker';
import type { Device } from '#shared/schemas/device';
import type { Service } from '#shared/schemas/service';
import type { PersonSummary } from '#shared/schemas/api';
import type { AuditRow } from '../db/tables/audit-log.table';
import type { CaseworkerRow } from '../db/tables/caseworkers.table';
import type { DeviceRow } from '../db/tables/devices.table';
import type { PersonSummaryRow } from '../db/tables/people.table';
import type { ServiceRow } from '../db/tables/services.table';

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
  caseworkerName: row.caseworker_name,
  linked: row.linked,
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
