import type { Page } from '@playwright/test';

/**
 * The app's `drafts` store as it is on disk, read with the plain IndexedDB API (sealed bytes
 * as latin1), for looking for words the way someone holding the phone's storage would.
 */
export function rawDrafts(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('hiu-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('drafts').objectStore('drafts').getAll();
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            db.close();
            const latin1 = (v: ArrayBuffer | ArrayBufferView) =>
              String.fromCharCode(
                ...(v instanceof ArrayBuffer
                  ? new Uint8Array(v)
                  : new Uint8Array(v.buffer, v.byteOffset, v.byteLength)),
              );
            resolve(
              JSON.stringify(req.result, (_k, v: unknown) =>
                v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? latin1(v) : v,
              ),
            );
          };
        };
      }),
  );
}

/** Type the PIN on the lock screen a fresh page load shows when a lock is set. */
export async function unlockWith(page: Page, pin: string): Promise<void> {
  await page.getByLabel('Type your PIN to unlock').fill(pin);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
