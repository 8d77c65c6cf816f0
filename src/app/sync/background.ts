/** The Background Sync tag our service worker listens for (see src/sw/outbox.ts). */
export const OUTBOX_SYNC_TAG = 'outbox';

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

function hasSyncManager(value: unknown): value is SyncManagerLike {
  return typeof value === 'object' && value !== null && 'register' in value;
}

/**
 * Ask the browser to wake our service worker when there is signal again, so what waits in the
 * outbox goes even if the app is closed first. Chromium only (Background Sync); elsewhere the
 * app sends it the next time it is open and online.
 */
export async function askForBackgroundSync(): Promise<void> {
  try {
    if (!('serviceWorker' in navigator)) return;
    const reg = await navigator.serviceWorker.getRegistration();
    const manager: unknown = reg && 'sync' in reg ? reg.sync : null;
    if (hasSyncManager(manager)) await manager.register(OUTBOX_SYNC_TAG);
  } catch {
    // Not allowed (no permission, private window): the app sends it itself.
  }
}
