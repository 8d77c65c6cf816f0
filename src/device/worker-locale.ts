/*
 * The language the person chose, kept where the service worker can read it: a notification is
 * shown while no page is open, and the worker cannot read the page's localStorage. Only a
 * language tag ("cy", "en-GB") is kept, nothing about the person.
 */

const CACHE = 'hiu-locale-v1';
const KEY = '/__hiu/locale';

export async function keepLocaleForWorker(tag: string): Promise<void> {
  try {
    const cache = await caches.open(CACHE);
    const kept = await cache.match(KEY);
    if (kept && (await kept.text()) === tag) return;
    await cache.put(KEY, new Response(tag));
  } catch {
    // No Cache Storage (private mode): notifications are in English.
  }
}

export async function localeForWorker(): Promise<string | null> {
  try {
    const kept = await (await caches.open(CACHE)).match(KEY);
    const tag = kept ? await kept.text() : '';
    return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : null;
  } catch {
    return null;
  }
}
