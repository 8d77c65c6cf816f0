/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Issue 5: goals with per-milestone rewards and history, contact targets and contacts,
 * wellbeing check-ins and urgent care the person chose to send, and support stepping back.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Support stepping back (never "discharge" in the app). started_at: when support began.
  await db.schema.alterTable('people').addColumn('stepped_back_at', 'timestamptz').execute();

  // Goals: paused / finished instead of set-aside / achieved; rewards move to milestones.
  await sql`alter table goals drop constraint if exists goals_status_check`.execute(db);
  await sql`update goals set status = case status when 'achieved' then 'finished' when 'set-aside' then 'paused' else status end`.execute(
    db,
  );
  await sql`alter table goals add constraint goals_status_check check (status in ('active', 'paused', 'finished'))`.execute(
    db,
  );
  await db.schema
    .alterTable('milestones')
    .addColumn('target_date', 'date')
    .addColumn('reward', 'text')
    .addColumn('done_by', 'text', (col) => col.check(sql`done_by in ('person', 'caseworker')`))
    .addColumn('encouragement', 'jsonb')
    .execute();
  await sql`update milestones m set reward = g.reward ->> 'description' from goals g where g.id = m.goal_id and g.reward is not null and m.position = (select max(position) from milestones m2 where m2.goal_id = g.id)`.execute(
    db,
  );
  await db.schema.alterTable('goals').dropColumn('reward').dropColumn('why').execute();
  await db.schema
    .createTable('goal_events')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('goal_id', 'uuid', (col) => col.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('by', 'text', (col) => col.notNull().check(sql`by in ('person', 'caseworker')`))
    // No foreign key: the history outlives staff changes.
    .addColumn('caseworker_id', 'uuid')
    .addColumn('title', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('goal_events_goal_idx')
    .on('goal_events')
    .columns(['goal_id', 'id'])
    .execute();
  // The dashboard asks "who ticked a milestone or finished a goal lately" per service.
  await db.schema
    .createIndex('goal_events_service_at_idx')
    .on('goal_events')
    .columns(['service_id', 'at'])
    .execute();

  await db.schema
    .createTable('contact_targets')
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('from_week', 'date', (col) => col.notNull())
    .addColumn('times', 'integer', (col) => col.notNull().check(sql`times between 0 and 100`))
    .addColumn('set_by', 'uuid')
    .addColumn('set_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('contact_targets_pk', ['person_id', 'from_week'])
    .execute();
  await db.schema
    .createIndex('contact_targets_service_idx')
    .on('contact_targets')
    .columns(['service_id', 'from_week'])
    .execute();

  await db.schema
    .createTable('contact_events')
    // Made by the phone or console (retries never duplicate), or by the server for messages.
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('message', 'call', 'text', 'visit', 'other')`),
    )
    .addColumn('source', 'text', (col) =>
      col.notNull().check(sql`source in ('app', 'person', 'caseworker')`),
    )
    .addColumn('recorded_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('contact_events_person_at_idx')
    .on('contact_events')
    .columns(['person_id', 'at'])
    .execute();
  await db.schema
    .createIndex('contact_events_service_at_idx')
    .on('contact_events')
    .columns(['service_id', 'at'])
    .execute();

  await db.schema
    .createTable('check_ins')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .addColumn('reason', 'text', (col) =>
      col.notNull().check(sql`reason in ('start', 'monthly', 'stepping-back')`),
    )
    .addColumn('satisfied', 'smallint')
    .addColumn('worthwhile', 'smallint')
    .addColumn('happy', 'smallint')
    .addColumn('anxious', 'smallint')
    .addColumn('lonely', 'text')
    .addColumn('received_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('check_ins_person_at_idx')
    .on('check_ins')
    .columns(['person_id', 'at'])
    .execute();
  await db.schema
    .createIndex('check_ins_service_idx')
    .on('check_ins')
    .columns(['service_id', 'person_id', 'at'])
    .execute();

  await db.schema
    .createTable('urgent_care_reports')
    // The journal entry's id on the phone: sending again replaces the report.
    .addColumn('id', 'uuid', (col) => col.notNull())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .addColumn('went_to_ae', 'boolean', (col) => col.notNull())
    .addColumn('called_999', 'boolean', (col) => col.notNull())
    .addColumn('called_111', 'boolean', (col) => col.notNull())
    .addColumn('received_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('urgent_care_reports_pk', ['person_id', 'id'])
    .execute();
  await db.schema
    .createIndex('urgent_care_service_at_idx')
    .on('urgent_care_reports')
    .columns(['service_id', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'urgent_care_reports',
    'check_ins',
    'contact_events',
    'contact_targets',
    'goal_events',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema
    .alterTable('milestones')
    .dropColumn('target_date')
    .dropColumn('reward')
    .dropColumn('done_by')
    .dropColumn('encouragement')
    .execute();
  await db.schema
    .alterTable('goals')
    .addColumn('why', 'text')
    .addColumn('reward', 'jsonb')
    .execute();
  await sql`alter table goals drop constraint if exists goals_status_check`.execute(db);
  await sql`update goals set status = case status when 'finished' then 'achieved' when 'paused' then 'set-aside' else status end`.execute(
    db,
  );
  await sql`alter table goals add constraint goals_status_check check (status in ('active', 'achieved', 'set-aside'))`.execute(
    db,
  );
  await db.schema.alterTable('people').dropColumn('stepped_back_at').execute();
}
