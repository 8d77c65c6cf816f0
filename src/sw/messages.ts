declare const self: ServiceWorkerGlobalScope;

/**
 * The page sends `{ type: 'SKIP_WAITING' }` (workbox-window's messageSkipWaiting) only when the
 * person presses "Update now". Until then a new version waits.
 */
export function onMessage(event: ExtendableMessageEvent): void {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
}
