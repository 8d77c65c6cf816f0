import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';

/** A person's local guide contacts (GP, caseworker, local services), in the caseworker's order. */
export interface GuideContactsTable {
  id: string;
  service_id: string;
  person_id: string;
  position: number;
  contact: Jsonb;
  updated_at: Date;
}

export async function readGuideContacts(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<unknown[]> {
  const rows = await db
    .selectFrom('guide_contacts')
    .select('contact')
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.contact);
}

/** Replace the whole list. Run inside a transaction. */
export async function replaceGuideContacts(
  db: Db,
  serviceId: string,
  personId: string,
  contacts: { id: string }[],
  now: Date,
): Promise<void> {
  await db
    .deleteFrom('guide_contacts')
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .execute();
  if (contacts.length === 0) return;
  await db
    .insertInto('guide_contacts')
    .values(
      contacts.map((contact, position) => ({
        id: contact.id,
        service_id: serviceId,
        person_id: personId,
        position,
        contact: jsonb(contact),
        updated_at: now,
      })),
    )
    .execute();
}
