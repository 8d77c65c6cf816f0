import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openHiuDb } from '../../../../src/app/store/db';
import {
  CHECK_IN_DRAFT,
  clearCheckInDraft,
  loadCheckInDraft,
  saveCheckInDraft,
  type CheckInDraft,
} from '../../../../src/app/store/check-in-draft';
import { listDrafts, saveDraft } from '../../../../src/app/store/drafts';
import { freshLock } from './helpers';

const left: CheckInDraft = {
  answers: { satisfied: 3, worthwhile: null, happy: 7, anxious: null, lonely: 'often-or-always' },
  step: 2,
  reason: 'monthly',
  updatedAt: '2026-12-02T20:30:00.000Z',
};

describe('a check-in left half way', () => {
  it('is kept, read back as it was, and gone once cleared', async () => {
    const { lock } = freshLock();
    expect(await loadCheckInDraft(lock)).toBeNull();
    await saveCheckInDraft(lock, left);
    expect(await loadCheckInDraft(lock)).toEqual(left);
    await clearCheckInDraft(lock);
    expect(await loadCheckInDraft(lock)).toBeNull();
  });

  it('is never listed as an unfinished journal entry', async () => {
    const { lock } = freshLock();
    await saveCheckInDraft(lock, left);
    const id = randomUUID();
    await saveDraft(lock, id, { step: 0, kind: 'everyday', everyday: 'a note' });
    expect((await listDrafts(lock)).map((d) => d.id)).toEqual([id]);
  });

  it('with a lock set, is sealed on disk and read back once unlocked', async () => {
    const { lock, dbName } = freshLock();
    await lock.setLock('pin', '2468');
    await saveCheckInDraft(lock, left);
    const raw = JSON.stringify(
      await (await openHiuDb({ name: dbName })).get('drafts', CHECK_IN_DRAFT),
    );
    expect(raw).not.toContain('often-or-always');
    expect(raw).not.toContain('"satisfied"');
    expect((await loadCheckInDraft(lock))?.answers.lonely).toBe('often-or-always');
  });

  it('one that cannot be read is kept aside, not lost, and not offered', async () => {
    const { lock, dbName } = freshLock();
    const db = await openHiuDb({ name: dbName });
    await db.put('drafts', {
      id: CHECK_IN_DRAFT,
      updatedAt: left.updatedAt,
      body: { sealed: false, value: { answers: { satisfied: 99 }, step: 2 } },
    });
    expect(await loadCheckInDraft(lock)).toBeNull();
    expect(await db.getAll('aside')).toHaveLength(1);
  });
});
