import { sql } from 'kysely';
import type { Db } from '../database';

export interface ProfileRow {
  person_id: string;
  display_name: string;
  person_created_at: Date;
  status: 'active' | 'stepped-back';
  stepped_back_at: Date | null;
  caseworker_name: string;
  caseworker_photo_id: string | null;
  nhs111_wording: string | null;
  service_name: string;
  plan_sections: unknown;
  plan_updated_at: Date | null;
  routine_parts: unknown;
  routine_updated_at: Date | null;
  hours: unknown;
  guide: unknown;
}

/** Everything a phone caches, in one query: the profile is the hottest read a phone makes. */
export async function findProfileRow(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<ProfileRow | undefined> {
  return db
    .selectFrom('people')
    .innerJoin('caseworkers', (join) =>
      join
        .onRef('caseworkers.id', '=', 'people.caseworker_id')
        .onRef('caseworkers.service_id', '=', 'people.service_id'),
    )
    .innerJoin('services', 'services.id', 'people.service_id')
    .leftJoin('plans', (join) =>
      join
        .onRef('plans.person_id', '=', 'people.id')
        .onRef('plans.service_id', '=', 'people.service_id'),
    )
    .leftJoin('routines', (join) =>
      join
        .onRef('routines.person_id', '=', 'people.id')
        .onRef('routines.service_id', '=', 'people.service_id'),
    )
    .leftJoin('agreed_hours', (join) =>
      join
        .onRef('agreed_hours.person_id', '=', 'people.id')
        .onRef('agreed_hours.service_id', '=', 'people.service_id'),
    )
    .select([
      'people.id as person_id',
      'people.display_name',
      'people.created_at as person_created_at',
      'people.status',
      'people.stepped_back_at',
      'caseworkers.name as caseworker_name',
      'caseworkers.photo_id as caseworker_photo_id',
      'people.nhs111_wording',
      'services.name as service_name',
      'plans.sections as plan_sections',
      'plans.updated_at as plan_updated_at',
      'routines.parts as routine_parts',
      'routines.updated_at as routine_updated_at',
      'agreed_hours.hours',
    ])
    .select((eb) =>
      eb
        .selectFrom('guide_contacts')
        .select(sql<unknown>`coalesce(jsonb_agg(contact order by position), '[]'::jsonb)`.as('g'))
        .whereRef('guide_contacts.person_id', '=', 'people.id')
        .where('guide_contacts.service_id', '=', serviceId)
        .as('guide'),
    )
    .where('people.service_id', '=', serviceId)
    .where('people.id', '=', personId)
    .executeTakeFirst();
}
