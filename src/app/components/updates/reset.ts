/**
 * The way out if the offline copy ever goes wrong: unregister the service worker and drop its
 * caches, then load the app fresh from the server. The journal (IndexedDB) and the display
 * settings (localStorage) are not touched.
 */
export async function resetOfflineCopy(): Promise<void> {
  if ('serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((r) => r.unregister()));
  }
  if ('caches' in window) {
    const names = await caches.keys();
    await Promise.all(names.map((name) => caches.delete(name)));
  }
  window.location.replace('/');
}
