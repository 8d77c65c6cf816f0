import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contactsSummary, goalsNow } from '../../../src/app/sync/goals-contacts-views';
import {
  listCheckIns,
  readChoices,
  readOffers,
  saveCheckIn,
} from '../../../src/app/store/check-ins';
import { PROFILE_META_KEY } from '../../../src/app/store/profile';
import { forgetConnection } from '../../../src/app/store/connection';
import { saveEntry } from '../../../src/app/store/entries';
import { listOutbox } from '../../../src/app/store/outbox';
import {
  finishCheckIn,
  setCheckInSending,
  setUrgentCareSending,
  skipCheckIn,
  urgentCareAfterDelete,
  urgentCareAfterSave,
} from '../../../src/app/sync/check-ins';
import { logContact, tickMilestone, undoContact } from '../../../src/app/sync/goals-contacts';
import { feeling } from '../../unit/app/store/helpers';
import { ENGINES } from '../support/engines';
import { pairedPhone, useRealServer, type Phone } from './phone';

/** A goal the caseworker sets in the console, with one step. */
async function walkingGoal(phone: Phone) {
  const milestoneId = randomUUID();
  await phone.team.addGoal({
    id: randomUUID(),
    title: 'Go to the Tuesday walking group',
    milestoneId,
    milestone: 'Go once with Sam',
  });
  return milestoneId;
}
const doneOnServer = async (phone: Phone) => (await phone.team.goals())[0]?.milestones[0]?.doneAt;

const outboxOf = async (phone: Phone) => listOutbox(await phone.lock.db());
const urgentOnServer = async (phone: Phone, id: string) =>
  (await phone.team.wellbeing()).urgentCare.find((u) => u.id === id);
const shownGoals = (phone: Phone) =>
  goalsNow(phone.state.profile.value?.goals ?? [], phone.state.sync.outbox.value);

describe.each(ENGINES)('progress against the real server on %s', (engine) => {
  const server = useRealServer(engine);

  describe('goals: ticking a milestone', () => {
    it('offline, the tick shows at once from the outbox and reaches the server once online', async () => {
      const phone = await pairedPhone(server());
      const milestone = await walkingGoal(phone);
      await phone.engine.run();
      expect(shownGoals(phone)[0]?.milestones[0]?.doneAt).toBeNull();

      phone.net.setSignal('offline');
      await tickMilestone(phone.state, milestone, true);
      await phone.engine.run();
      expect(shownGoals(phone)[0]?.milestones[0]?.doneAt).toBe('2026-11-23T10:00:00.000Z');
      expect(await doneOnServer(phone)).toBeNull();

      phone.setClock('2026-11-23T12:00:00Z');
      phone.net.setSignal('up');
      await phone.engine.run();
      expect(await outboxOf(phone)).toEqual([]);
      // The server keeps the time it was tapped on the phone, not when it arrived.
      expect(await doneOnServer(phone)).toBe('2026-11-23T10:00:00.000Z');
      expect(phone.state.profile.value?.goals?.[0]?.milestones[0]?.doneAt).toBe(
        '2026-11-23T10:00:00.000Z',
      );
    });
  });

  describe('goals: a sync before the tick is sent', () => {
    it('does not undo the tick on screen (the server was busy, then answered the sync)', async () => {
      const phone = await pairedPhone(server());
      const milestone = await walkingGoal(phone);
      await phone.engine.run();
      phone.net.proxyAnswersNext({ status: 429, retryAfterSeconds: 30 });
      await tickMilestone(phone.state, milestone, true);
      await phone.engine.run();
      // The tick is still waiting; the profile just came from the server without it.
      expect(await outboxOf(phone)).toHaveLength(1);
      expect(phone.state.profile.value?.goals?.[0]?.milestones[0]?.doneAt).toBeNull();
      expect(shownGoals(phone)[0]?.milestones[0]?.doneAt).toBe('2026-11-23T10:00:00.000Z');
    });
  });

  describe('staying in touch: "I called Sam"', () => {
    it('a tap counts at once offline, goes when online, and Undo after sending deletes it', async () => {
      const phone = await pairedPhone(server());
      await phone.team.setTargets([{ fromWeek: '2026-11-23', times: 5 }]);
      await phone.engine.run();
      phone.net.setSignal('offline');
      const id = await logContact(phone.state);
      const summary = () =>
        contactsSummary(
          phone.state.profile.value!,
          phone.state.sync.outbox.value,
          new Date('2026-11-23T10:00:00Z'),
        );
      expect(summary().words).toBe(
        '1 contact so far this week. We agreed up to 5 this week. 1 of them is on your phone, waiting to send.',
      );

      phone.net.setSignal('up');
      await phone.engine.run();
      expect((await phone.team.contacts()).find((c) => c.id === id)).toMatchObject({
        kind: 'call',
        source: 'person',
      });
      expect(summary().count).toBe(1);
      expect(summary().words).toBe('1 contact so far this week. We agreed up to 5 this week.');

      await undoContact(phone.state, id);
      await phone.engine.run();
      expect((await phone.team.contacts()).map((c) => c.id)).not.toContain(id);
      expect(phone.net.log).toContain(`DELETE /api/device/contacts/${id}`);
      expect(summary().count).toBe(0);
    });

    it('Undo before the tap ever left the phone: the tap is never sent, only the take-back', async () => {
      const phone = await pairedPhone(server());
      phone.net.setSignal('offline');
      const id = await logContact(phone.state);
      await undoContact(phone.state, id);
      expect((await outboxOf(phone)).map((r) => r.kind)).toEqual(['contact-undo']);
      phone.net.setSignal('up');
      await phone.engine.run();
      expect(await outboxOf(phone)).toEqual([]);
      expect(phone.net.log.filter((l) => l.includes('/api/device/contacts/'))).toEqual([
        `DELETE /api/device/contacts/${id}`,
      ]);
      expect((await phone.team.contacts()).map((c) => c.id)).not.toContain(id);
    });

    it('Undo while the tap is being sent still takes it back on the server', async () => {
      const phone = await pairedPhone(server());
      const id = await logContact(phone.state); // its send starts at once
      await undoContact(phone.state, id);
      await phone.engine.run();
      expect((await phone.team.contacts()).map((c) => c.id)).not.toContain(id);
      expect(await outboxOf(phone)).toEqual([]);
    });
  });

  describe('check-ins', () => {
    const answers = {
      satisfied: 6,
      worthwhile: null,
      happy: 4,
      anxious: 7,
      lonely: 'some-of-the-time' as const,
    };

    it('are kept on the phone and never sent until the person chooses; then every one goes', async () => {
      const phone = await pairedPhone(server());
      const first = await finishCheckIn(phone.state, 'start', answers);
      expect(first.ask).toBe(true);
      await phone.engine.run();
      expect((await phone.team.wellbeing()).checkIns.length).toBe(0);
      expect(phone.net.log.some((l) => l.includes('check-ins'))).toBe(false);
      expect(await listCheckIns(phone.lock)).toHaveLength(1);
      expect(await readOffers(phone.lock)).toEqual([
        { at: '2026-11-23T10:00:00.000Z', reason: 'start' },
      ]);

      // "No, keep them on my phone": still nothing sent, and not asked again.
      await setCheckInSending(phone.state, false);
      const second = await finishCheckIn(phone.state, 'monthly', { ...answers, happy: 5 });
      expect(second.ask).toBe(false);
      await phone.engine.run();
      expect((await phone.team.wellbeing()).checkIns.length).toBe(0);

      // Turned on in Settings: both go, with their answers and nothing else.
      await setCheckInSending(phone.state, true);
      await phone.engine.run();
      expect((await phone.team.wellbeing()).checkIns.length).toBe(2);
      expect((await phone.team.wellbeing()).checkIns.find((c) => c.id === first.saved!.id)).toEqual(
        {
          id: first.saved!.id,
          at: '2026-11-23T10:00:00.000Z',
          reason: 'start',
          answers,
        },
      );
      const third = await finishCheckIn(phone.state, 'monthly', answers);
      await phone.engine.run();
      expect((await phone.team.wellbeing()).checkIns.map((c) => c.id)).toContain(third.saved!.id);
    });

    it('skipping every question keeps nothing and sends nothing, but counts as offered', async () => {
      const phone = await pairedPhone(server());
      await setCheckInSending(phone.state, true);
      const none = { satisfied: null, worthwhile: null, happy: null, anxious: null, lonely: null };
      const result = await finishCheckIn(phone.state, 'start', none);
      expect(result.saved).toBeNull();
      await skipCheckIn(phone.state, 'monthly');
      await phone.engine.run();
      expect((await phone.team.wellbeing()).checkIns.length).toBe(0);
      expect(await listCheckIns(phone.lock)).toEqual([]);
      expect((await readOffers(phone.lock)).map((o) => o.reason)).toEqual(['start', 'monthly']);
    });

    it('a check-in that does not match the schema is kept aside, not shown, never lost', async () => {
      const phone = await pairedPhone(server());
      await saveCheckIn(phone.lock, {
        id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
        at: '2026-11-20T10:00:00Z',
        reason: 'start',
        answers,
      });
      const db = await phone.lock.db();
      await db.put('checkins', {
        id: 'broken',
        at: '2026-11-21T10:00:00Z',
        body: { sealed: false, value: { answers: { happy: 99 } } },
      });
      expect((await listCheckIns(phone.lock)).map((c) => c.id)).toEqual([
        'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
      ]);
      expect((await db.getAll('aside')).map((a) => [a.from, a.key])).toEqual([
        ['checkins', 'broken'],
      ]);
    });

    it('with a lock set, the answers are encrypted on the phone and in the outbox', async () => {
      const phone = await pairedPhone(server());
      await phone.lock.setLock('pin', '482916');
      await setCheckInSending(phone.state, true);
      phone.net.setSignal('offline');
      await finishCheckIn(phone.state, 'start', answers);
      const db = await phone.lock.db();
      const [stored] = await db.getAll('checkins');
      expect(stored?.body.sealed).toBe(true);
      expect(JSON.stringify(stored)).not.toContain('some-of-the-time');
      const [waiting] = await outboxOf(phone);
      expect(waiting?.body?.sealed).toBe(true);
      expect(await listCheckIns(phone.lock)).toHaveLength(1);
    });
  });

  describe('check-ins and the app lock', () => {
    it('setting a lock seals check-ins already on the phone; removing it opens them again', async () => {
      const phone = await pairedPhone(server());
      const answers = {
        satisfied: 3,
        worthwhile: 4,
        happy: 5,
        anxious: 6,
        lonely: 'never' as const,
      };
      await finishCheckIn(phone.state, 'start', answers);
      const db = await phone.lock.db();
      expect((await db.getAll('checkins'))[0]?.body.sealed).toBe(false);
      await phone.lock.setLock('pin', '482916');
      const [sealed] = await db.getAll('checkins');
      expect(sealed?.body.sealed).toBe(true);
      expect(JSON.stringify(sealed)).not.toContain('never');
      expect((await listCheckIns(phone.lock))[0]?.answers).toEqual(answers);
      await phone.lock.removeLock('482916');
      expect((await db.getAll('checkins'))[0]?.body.sealed).toBe(false);
      expect((await listCheckIns(phone.lock))[0]?.answers).toEqual(answers);
    });
  });

  describe('urgent care from the journal', () => {
    it('is only sent when chosen, carries no words, follows edits and deletes, and stops when turned off', async () => {
      const phone = await pairedPhone(server());
      const entry = feeling('I could not breathe and called 111', '2026-11-23T09:30:00.000Z');
      await saveEntry(phone.lock, entry);
      await urgentCareAfterSave(phone.state, entry);
      await phone.engine.run();
      expect((await phone.team.wellbeing()).urgentCare.length).toBe(0);
      expect((await readChoices(phone.lock)).urgentCare).toBe(false);

      // Turned on: what is already in the journal goes, with no words at all.
      await setUrgentCareSending(phone.state, true);
      await phone.engine.run();
      expect(await urgentOnServer(phone, entry.id)).toEqual({
        id: entry.id,
        at: entry.createdAt,
        wentToAe: false,
        called999: false,
        called111: true,
      });
      expect(phone.net.log.join(' ')).not.toContain('breathe');

      // Edited to say none of them: taken back.
      const edited = {
        ...entry,
        urgentCare: { wentToAe: false, called999: false, called111: false },
      };
      await saveEntry(phone.lock, edited);
      await urgentCareAfterSave(phone.state, edited);
      await phone.engine.run();
      expect(await urgentOnServer(phone, entry.id)).toBeUndefined();

      // A new one, then the entry is deleted: taken back.
      const other = feeling('A&E again');
      other.urgentCare = { wentToAe: true, called999: false, called111: false };
      await saveEntry(phone.lock, other);
      await urgentCareAfterSave(phone.state, other);
      await phone.engine.run();
      expect((await urgentOnServer(phone, other.id))?.wentToAe).toBe(true);
      await urgentCareAfterDelete(phone.state, other.id);
      await phone.engine.run();
      expect(await urgentOnServer(phone, other.id)).toBeUndefined();

      // A feeling entry without urgent care never makes a request (it would tell the server it exists).
      const quiet = feeling('Just a hard evening');
      quiet.urgentCare = { wentToAe: false, called999: false, called111: false };
      const before = phone.net.log.length;
      await urgentCareAfterSave(phone.state, quiet);
      await phone.engine.run();
      expect(phone.net.log.slice(before).filter((l) => l.includes('urgent-care'))).toEqual([]);

      // Turned off: everything sent is taken back.
      const third = feeling('999 in the night');
      third.urgentCare = { wentToAe: false, called999: true, called111: false };
      await saveEntry(phone.lock, third);
      await urgentCareAfterSave(phone.state, third);
      await phone.engine.run();
      expect((await phone.team.wellbeing()).urgentCare.length).toBe(1);
      await setUrgentCareSending(phone.state, false);
      await phone.engine.run();
      expect((await phone.team.wellbeing()).urgentCare.length).toBe(0);
    });
  });

  describe('changing what is sent', () => {
    const answers = {
      satisfied: 6,
      worthwhile: null,
      happy: 4,
      anxious: 7,
      lonely: 'some-of-the-time',
    } as const;

    it('turning check-ins off keeps one still waiting to go on the phone', async () => {
      const phone = await pairedPhone(server());
      await setCheckInSending(phone.state, true);
      phone.net.setSignal('offline');
      await finishCheckIn(phone.state, 'start', answers);
      expect((await listOutbox(await phone.lock.db())).map((r) => r.kind)).toEqual(['check-in']);
      await setCheckInSending(phone.state, false);
      phone.net.setSignal('up');
      await phone.engine.run();
      expect((await phone.team.wellbeing()).checkIns.length).toBe(0);
      expect(await listCheckIns(phone.lock)).toHaveLength(1);
    });

    it('urgent care turned on, then quickly off, ends with nothing sent', async () => {
      for (const delay of [0, 1, 2, 3, 5, 8, 12]) {
        const phone = await pairedPhone(server());
        const entry = feeling(`rang 111 (${delay})`);
        entry.urgentCare = { wentToAe: false, called999: false, called111: true };
        await saveEntry(phone.lock, entry);
        const on = setUrgentCareSending(phone.state, true);
        for (let i = 0; i < delay; i++) await new Promise((r) => setImmediate(r));
        const off = setUrgentCareSending(phone.state, false);
        await Promise.all([on, off]);
        await phone.engine.run();
        expect((await readChoices(phone.lock)).urgentCare).toBe(false);
        expect((await phone.team.wellbeing()).urgentCare.length, `off after ${delay} ticks`).toBe(
          0,
        );
      }
    });

    it('two entries saved at once are both taken back when deleted', async () => {
      const phone = await pairedPhone(server());
      await setUrgentCareSending(phone.state, true);
      const [a, b] = [feeling('first night'), feeling('second night')];
      for (const e of [a, b]) e.urgentCare = { wentToAe: true, called999: false, called111: false };
      await saveEntry(phone.lock, a);
      await saveEntry(phone.lock, b);
      await Promise.all([urgentCareAfterSave(phone.state, a), urgentCareAfterSave(phone.state, b)]);
      await phone.engine.run();
      expect((await phone.team.wellbeing()).urgentCare.length).toBe(2);
      await Promise.all([
        urgentCareAfterDelete(phone.state, a.id),
        urgentCareAfterDelete(phone.state, b.id),
      ]);
      await phone.engine.run();
      expect((await phone.team.wellbeing()).urgentCare.length).toBe(0);
    });

    it('linking to another person forgets the choices, so the new team is asked again', async () => {
      const phone = await pairedPhone(server());
      await setUrgentCareSending(phone.state, true);
      await setCheckInSending(phone.state, true);
      await skipCheckIn(phone.state, 'start');
      await forgetConnection(await phone.lock.db(), PROFILE_META_KEY);
      expect(await readChoices(phone.lock)).toEqual({ checkIns: null, urgentCare: false });
      expect(await readOffers(phone.lock)).toEqual([]);
    });
  });
});
