import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LockedError } from '../../../../src/app/store/body';
import { forgetConnection } from '../../../../src/app/store/connection';
import {
  keepSentPhoto,
  readSentPhotos,
  removeSentPhoto,
} from '../../../../src/app/store/sent-photos';
import { freshLock } from './helpers';

/** The first bytes of a JPEG, as base64 ("/9j/4AAQ..."). */
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString(
  'base64',
);
const photo = { type: 'image/jpeg' as const, data: JPEG };

async function rawSent(lock: ReturnType<typeof freshLock>['lock']): Promise<string> {
  const db = await lock.db();
  return JSON.stringify(await db.getAll('sent-photos'), (_k, v: unknown) =>
    v instanceof ArrayBuffer ? Buffer.from(v).toString('latin1') : v,
  );
}

describe("the phone's own copy of a photo it sent", () => {
  it('is read back by message id, and taken away when asked', async () => {
    const { lock } = freshLock();
    const [a, b] = [randomUUID(), randomUUID()];
    await keepSentPhoto(lock, { id: a, photo });
    await keepSentPhoto(lock, { id: b, photo });
    expect(await readSentPhotos(lock, [a, randomUUID()])).toEqual(new Map([[a, photo]]));
    await removeSentPhoto(lock, a);
    expect(await readSentPhotos(lock, [a, b])).toEqual(new Map([[b, photo]]));
  });

  it('is sealed when a lock is set later, and cannot be read while locked', async () => {
    const { lock, reopen } = freshLock();
    const id = randomUUID();
    await keepSentPhoto(lock, { id, photo });
    expect(await rawSent(lock)).toContain(JPEG.slice(0, 8));
    await lock.setLock('pin', '123456');
    const raw = await rawSent(lock);
    expect(raw).not.toContain(JPEG.slice(0, 8));
    expect(raw).not.toContain('\xff\xd8\xff');

    const later = reopen();
    await expect.poll(() => later.ready.value).toBe(true);
    await expect(readSentPhotos(later, [id])).rejects.toBeInstanceOf(LockedError);
    await later.unlock('123456');
    expect(await readSentPhotos(later, [id])).toEqual(new Map([[id, photo]]));
  });

  it('goes with the thread when the person removes the old messages', async () => {
    const { lock } = freshLock();
    const id = randomUUID();
    await keepSentPhoto(lock, { id, photo });
    await forgetConnection(await lock.db(), 'device-profile');
    expect(await readSentPhotos(lock, [id])).toEqual(new Map());
  });
});
