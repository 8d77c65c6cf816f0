import { Migrator, NO_MIGRATIONS } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DeviceProfile } from '#shared/schemas/api';
import { PLAN_SECTION_KEYS } from '#shared/schemas/plan';
import { migrateToLatest } from '../../src/server/db/migrate';
import { migrations } from '../../src/server/db/migrations';
import { loadGoals } from '../../src/server/people/goals';
import { ensureVapidKeys } from '../../src/server/push/vapid';
import { seedDemoIfEmpty, type DemoSeed } from '../../src/server/seed/demo-seed';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, json } from './support/http';

describe.each(ENGINES)('the database on %s', (engine) => {
  let h: Harness;
  let seed: DemoSeed | undefined;

  beforeAll(async () => {
    h = await createHarness(engine);
    seed = await seedDemoIfEmpty(h.db, { now: h.now() });
  });
  afterAll(() => h.close());

  test('migrations run once: a second run applies nothing', async () => {
    expect(await migrateToLatest(h.db)).toEqual([]);
  });

  test('every migration can be undone and done again', async () => {
    const migrator = new Migrator({
      db: h.db,
      provider: { getMigrations: async () => migrations },
    });
    const scratch = await createHarness(engine);
    const down = await new Migrator({
      db: scratch.db,
      provider: { getMigrations: async () => migrations },
    }).migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    expect(await migrateToLatest(scratch.db)).toEqual(Object.keys(migrations));
    await scratch.close();
    expect((await migrator.getMigrations()).every((m) => m.executedAt)).toBe(true);
  });

  test('the demo is seeded once, into an empty database only', async () => {
    expect(seed?.staff.map((s) => s.role)).toEqual(['lead', 'caseworker', 'caseworker']);
    expect(seed?.people).toHaveLength(3);
    expect(await seedDemoIfEmpty(h.db, { now: h.now() })).toBeUndefined();
  });

  test('demo people have a full plan, goals with milestones and rewards, and a working code', async () => {
    for (const person of seed?.people ?? []) {
      const goals = await loadGoals(h.db, seed?.service.id ?? '', person.id);
      const active = goals.filter((g) => g.status === 'active');
      expect(active.length).toBeGreaterThan(0);
      for (const goal of active) {
        expect(goal.milestones.length).toBeGreaterThan(1);
        expect(goal.milestones.every((m) => m.reward !== null)).toBe(true);
        expect(goal.milestones.some((m) => m.targetDate !== null)).toBe(true);
      }
      for (const goal of goals) {
        expect(goal.history[0]).toMatchObject({ kind: 'set', by: 'caseworker' });
        const ticks = goal.history.filter((e) => e.kind === 'milestone-done');
        expect(ticks).toHaveLength(goal.milestones.filter((m) => m.doneAt !== null).length);
        if (goal.status !== 'active') expect(goal.history.at(-1)?.kind).toBe(goal.status);
      }
      const res = await call(h.app, 'POST', '/api/device/pair', {
        body: { code: person.pairingCode },
      });
      expect(res.status).toBe(201);
      const { profile } = Object(await json(res));
      const parsed = DeviceProfile.parse(profile);
      for (const key of PLAN_SECTION_KEYS)
        expect(parsed.plan.sections[key].length).toBeGreaterThan(0);
      expect(parsed.guide.map((c) => c.kind).sort()).toEqual(['caseworker', 'gp', 'local']);
      expect(parsed.support).toMatchObject({ status: 'active', steppedBackAt: null });
      expect(parsed.goals?.map((g) => g.id).sort()).toEqual(goals.map((g) => g.id).sort());
      expect(parsed.contacts?.targets.length).toBeGreaterThan(0);
      expect(parsed.contacts?.events.length).toBeGreaterThan(0);
      // Bank holidays come from the service calendar, never typed into each person's hours.
      expect(parsed.hours).toMatchObject({ kind: 'weekly', exceptions: [] });
      expect(parsed.calendar).toEqual({ nations: ['england-and-wales'], closures: [] });
    }
  });

  test('VAPID keys are made once and kept in the database', async () => {
    const first = await ensureVapidKeys(h.db, h.config, h.now());
    const second = await ensureVapidKeys(h.db, h.config, h.now());
    expect(second).toEqual(first);
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
  });
});
