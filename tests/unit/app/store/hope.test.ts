import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LockedError } from '../../../../src/app/store/body';
import {
  listHopeItems,
  removeHopeItem,
  saveHopeItem,
  type HopeItem,
} from '../../../../src/app/store/hope';
import { freshLock } from './helpers';

const NOTE = 'Walking the dog on the beach at Filey';
/** The first bytes of a JPEG, as base64 ("/9j/4AAQ..."). */
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString(
  'base64',
);

const item = (change: Partial<HopeItem> = {}): HopeItem => ({
  id: randomUUID(),
  createdAt: new Date().toISOString(),
  note: NOTE,
  photo: { type: 'image/jpeg', data: JPEG },
  ...change,
});

async function rawHope(lock: ReturnType<typeof freshLock>['lock']): Promise<string> {
  const db = await lock.db();
  return JSON.stringify(await db.getAll('hope'), (_k, v: unknown) =>
    v instanceof ArrayBuffer ? Buffer.from(v).toString('latin1') : v,
  );
}

describe('the hope box on the phone', () => {
  it('keeps photos and words newest first, and takes one out when asked', async () => {
    const { lock } = freshLock();
    const older = item({ createdAt: '2026-12-01T10:00:00Z', photo: null });
    const newer = item({ createdAt: '2026-12-02T10:00:00Z', note: '' });
    await saveHopeItem(lock, older);
    await saveHopeItem(lock, newer);
    expect(await listHopeItems(lock)).toEqual([newer, older]);
    await removeHopeItem(lock, newer.id);
    expect(await listHopeItems(lock)).toEqual([older]);
  });

  it('refuses an item with neither a photo nor words', async () => {
    const { lock } = freshLock();
    await expect(saveHopeItem(lock, item({ note: '  ', photo: null }))).rejects.toThrow();
  });

  it('is sealed when a lock is set later, and cannot be read while locked', async () => {
    const { lock, reopen } = freshLock();
    const kept = item();
    await saveHopeItem(lock, kept);
    expect(await rawHope(lock)).toContain(NOTE);
    await lock.setLock('pin', '123456');
    const raw = await rawHope(lock);
    expect(raw).not.toContain('Filey');
    expect(raw).not.toContain(JPEG.slice(0, 8));
    expect(raw).not.toContain('\xff\xd8\xff');
    expect(await listHopeItems(lock)).toEqual([kept]);

    const later = reopen();
    await expect.poll(() => later.ready.value).toBe(true);
    await expect(listHopeItems(later)).rejects.toBeInstanceOf(LockedError);
    await later.unlock('123456');
    expect(await listHopeItems(later)).toEqual([kept]);
  });
});
