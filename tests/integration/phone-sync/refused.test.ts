import { describe, expect, it, vi } from 'vitest';
import { saveEntry } from '../../../src/app/store/entries';
import { listOutbox } from '../../../src/app/store/outbox';
import { setUrgentCareSending, urgentCareAfterSave } from '../../../src/app/sync/check-ins';
import { logContact } from '../../../src/app/sync/goals-contacts';
import { notSentWords } from '../../../src/app/sync/not-sent';
import { feeling } from '../../unit/app/store/helpers';
import { ENGINES } from '../support/engines';
import { pairedPhone, useRealServer, type Phone } from './phone';

/*
 * Ids are made on the phone, so the server refuses (409 `id_taken`) one that another person's
 * phone already used. What the person made is then kept on the phone, marked as not sent, and
 * not tried again: sending it again would be refused every time.
 */

const keptOf = async (phone: Phone, kind: string) =>
  (await listOutbox(await phone.lock.db())).filter((r) => r.kind === kind);
const puts = (phone: Phone, path: string) =>
  phone.net.log.filter((line) => line === `PUT ${path}`).length;

describe.each(ENGINES)('sends the real server refuses for good, on %s', (engine) => {
  const server = useRealServer(engine);

  it('an urgent-care record refused with 409 is kept with a note', async () => {
    const first = await pairedPhone(server());
    const other = await pairedPhone(server());
    const entry = feeling('Went to A&E in the night', '2026-11-23T09:30:00.000Z');
    await saveEntry(first.lock, entry);
    await setUrgentCareSending(first.state, true);
    await first.engine.run();
    expect((await first.team.wellbeing()).urgentCare.map((u) => u.id)).toEqual([entry.id]);

    // The other person's phone has an entry with the same id.
    await setUrgentCareSending(other.state, true);
    await saveEntry(other.lock, entry);
    await urgentCareAfterSave(other.state, entry);
    await other.engine.run();

    const path = `/api/device/urgent-care/${entry.id}`;
    const kept = await keptOf(other, 'urgent-care');
    expect(kept).toHaveLength(1);
    expect(kept[0]?.failed).toMatchObject({ status: 409, error: 'id_taken' });
    expect(other.state.sync.outbox.value.filter((r) => r.failed)).toHaveLength(1);
    expect(notSentWords(kept[0]!.failed!, 'Casey')).toContain('Sending it again will not help');
    expect((await other.team.wellbeing()).urgentCare).toEqual([]);

    // Not tried again on the next sync, and still kept.
    const tries = puts(other, path);
    expect(tries).toBeGreaterThan(0);
    await other.engine.run();
    expect(puts(other, path)).toBe(tries);
    expect(await keptOf(other, 'urgent-care')).toHaveLength(1);
  });

  it('a contact log refused with 409 is kept', async () => {
    const first = await pairedPhone(server());
    const other = await pairedPhone(server());
    const contactId = await logContact(first.state);
    await first.engine.run();
    expect((await first.team.contacts()).map((c) => c.id)).toContain(contactId);

    // The other phone makes the same contact id (the outbox record's own id stays random).
    vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValueOnce(
      contactId as ReturnType<typeof crypto.randomUUID>,
    );
    try {
      expect(await logContact(other.state)).toBe(contactId);
    } finally {
      vi.restoreAllMocks();
    }
    await other.engine.run();

    const kept = await keptOf(other, 'contact');
    expect(kept).toHaveLength(1);
    expect(kept[0]?.subject).toBe(contactId);
    expect(kept[0]?.failed).toMatchObject({ status: 409, error: 'id_taken' });
    expect((await other.team.contacts()).map((c) => c.id)).not.toContain(contactId);

    const path = `/api/device/contacts/${contactId}`;
    const tries = puts(other, path);
    expect(tries).toBeGreaterThan(0);
    await other.engine.run();
    expect(puts(other, path)).toBe(tries);
    expect(await keptOf(other, 'contact')).toHaveLength(1);
  });
});
