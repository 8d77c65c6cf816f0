/** The app lock as a person uses it, and the phone's storage as an attacker reads it. */
import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './axe';

/** Every record in the app's database, read with the plain IndexedDB API, bytes as latin1. */
export function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('hiu-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names);
          const out: Record<string, unknown> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            const bytes = (v: ArrayBuffer | ArrayBufferView) => {
              const view =
                v instanceof ArrayBuffer
                  ? new Uint8Array(v)
                  : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
              return String.fromCharCode(...view);
            };
            resolve(
              JSON.stringify(out, (_k, v: unknown) =>
                v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? bytes(v) : v,
              ),
            );
          };
        };
      }),
  );
}

/** The key lives only in memory, so every fresh page load starts locked. */
export async function unlock(page: Page, secret: string, label = 'Type your PIN to unlock') {
  await page.getByLabel(label).fill(secret);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toHaveCount(0, {
    timeout: 10_000,
  });
}

export async function setPin(page: Page, pin: string, look?: () => Promise<void>) {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Set a PIN or passphrase' }).click();
  await page.getByLabel('Choose a PIN').fill(pin);
  await page.getByLabel('Type the PIN again').fill(pin);
  if (look) {
    await look();
    await expectAccessible(page);
  }
  await page.getByRole('button', { name: 'Lock with this PIN' }).click();
  await expect(page.getByText('Your journal is now locked with a PIN.')).toBeVisible({
    timeout: 15_000,
  });
}

/**
 * Everything this origin keeps in the browser, as an attacker with a copy of the storage would
 * see it: every object store of every IndexedDB database (bytes as latin1), localStorage,
 * sessionStorage, and every Cache Storage cache with each request's address and body.
 */
export function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const bytes = (v: ArrayBuffer | ArrayBufferView) => {
      const view =
        v instanceof ArrayBuffer
          ? new Uint8Array(v)
          : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      let out = '';
      for (const b of view) out += String.fromCharCode(b);
      return out;
    };
    const dumpDb = (name: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const out: Record<string, unknown> = {};
          if (names.length === 0) return resolve(out);
          const tx = db.transaction(names);
          for (const store of names) {
            const keys = tx.objectStore(store).getAllKeys();
            const values = tx.objectStore(store).getAll();
            values.onsuccess = () => (out[store] = { keys: keys.result, values: values.result });
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      });
    const all: Record<string, unknown> = { databases: {}, caches: {} };
    for (const { name } of await indexedDB.databases()) {
      if (name) (all.databases as Record<string, unknown>)[name] = await dumpDb(name);
    }
    all.localStorage = { ...localStorage };
    all.sessionStorage = { ...sessionStorage };
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const entries: string[] = [];
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        entries.push(`${request.url}\n${response ? bytes(await response.arrayBuffer()) : ''}`);
      }
      (all.caches as Record<string, unknown>)[name] = entries;
    }
    return JSON.stringify(all, (_k, v: unknown) =>
      v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? bytes(v) : v,
    );
  });
}
