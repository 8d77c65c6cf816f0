import { createHash } from 'node:crypto';
import { messageStartsContact } from '#shared/contacts';
import { addDays, londonToInstant } from '#shared/london';
import { NATIONAL_CONTACTS } from '#shared/guide';
import type { ContactEvent, ContactsView, SupportUsed } from '#shared/schemas/contact';
import type { GuideContact } from '#shared/schemas/guide';
import { weekOf } from '#shared/weeks';
import type { Db } from '../db/database';
import {
  insertContactEvent,
  lastMessageContactAt,
  listContactEvents,
  listContactTargets,
  type ContactEventRow,
} from '../db/tables/contacts.table';
import { bumpProfileVersion } from '../db/tables/people.table';
import {
  listContactAlternatives,
  listSupportUsed,
  type SupportUsedRow,
} from '../db/tables/support-used.table';
import { loadGuide } from './documents';

/** Weeks of contacts in a ContactsView (this week included), as `weeklySeries` draws them. */
export const CONTACT_WEEKS = 12;

/** Monday 00:00 London of the oldest week a ContactsView shows. */
export function contactsSince(now: Date): Date {
  return londonToInstant(addDays(weekOf(now).key, -7 * (CONTACT_WEEKS - 1)), '00:00');
}

export function presentContactEvent(row: ContactEventRow): ContactEvent {
  return { id: row.id, at: row.at.toISOString(), kind: row.kind, source: row.source };
}

/** The person's whole target plan and their contacts in the last 12 weeks (console and phone). */
export async function loadContactsView(
  db: Db,
  serviceId: string,
  personId: string,
  now: Date,
): Promise<ContactsView> {
  const since = contactsSince(now);
  const [targets, events, alternatives, guide, used] = await Promise.all([
    listContactTargets(db, serviceId, personId),
    listContactEvents(db, serviceId, personId, since),
    listContactAlternatives(db, serviceId, personId),
    loadGuide(db, serviceId, personId),
    listSupportUsed(db, serviceId, personId, since),
  ]);
  // A card taken out of the guide is no longer suggested; what was used stays on record.
  const inGuide = new Set(personGuide(guide).map((c) => c.id.toLowerCase()));
  return {
    targets,
    events: events.map(presentContactEvent),
    alternatives: alternatives.filter((id) => inGuide.has(id.toLowerCase())),
    supportUsed: used.map(presentSupportUsed),
  };
}

/** The person's whole Help now guide: the national cards, then their local ones. */
export function personGuide(local: readonly GuideContact[]): GuideContact[] {
  return [...NATIONAL_CONTACTS, ...local];
}

export function presentSupportUsed(row: SupportUsedRow): SupportUsed {
  return {
    id: row.id,
    at: row.at.toISOString(),
    guideContactId: row.guide_contact_id,
    kind: row.kind,
    name: row.name,
  };
}

/**
 * The contact id for an app message: a name-based UUID (version 5 layout) from the message id,
 * so the same message can never count twice.
 */
export function messageContactId(messageId: string): string {
  // Ids are compared as the database writes them (lower case), whatever case the phone sent.
  const hash = createHash('sha1').update(`hiu:message-contact:${messageId.toLowerCase()}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Count a message the person sent as a contact, unless it belongs to the last counted one (sent
 * within 30 minutes of it). Call in the message's transaction, after the person's change lock,
 * so two messages at once cannot both start a contact. True when a contact was counted (the
 * phone's profile version has then moved).
 */
export async function countMessageContact(
  trx: Db,
  message: { id: string; service_id: string; person_id: string; sent_at: Date },
): Promise<boolean> {
  const last = await lastMessageContactAt(trx, message.service_id, message.person_id);
  if (!messageStartsContact(last, message.sent_at)) return false;
  const made = await insertContactEvent(trx, {
    id: messageContactId(message.id),
    service_id: message.service_id,
    person_id: message.person_id,
    at: message.sent_at,
    kind: 'message',
    source: 'app',
    recorded_by: null,
    created_at: message.sent_at,
  });
  if (made) await bumpProfileVersion(trx, message.service_id, message.person_id);
  return made;
}
