/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import type { AppState } from '../state';
import type { Updater } from '../state/updater';

function settled(worker: ServiceWorker, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      if (worker.state !== 'installing') resolve();
    };
    worker.addEventListener('statechange', done);
    setTimeout(resolve, ms);
  });
}

/**
 * Registers the service worker with the prompt flow: a new version installs in the background
 * and waits. The page only reloads after the person presses "Update now" in this tab; if
 * another tab switched versions, this one just keeps offering the button.
 */
export function registerServiceWorker(state: AppState): Updater {
  let agreed = false;
  let registration: ServiceWorkerRegistration | undefined;
  const update = registerSW({
    // Register after the page has loaded, so precaching never competes with the first screen.
    immediate: false,
    onNeedRefresh() {
      state.updateReady.value = true;
    },
    onNeedReload() {
      if (agreed) window.location.reload();
      else state.updateReady.value = true;
    },
    onRegisteredSW(_url, r) {
      registration = r;
    },
  });

  return {
    async apply() {
      agreed = true;
      if (registration?.waiting) await update();
      else window.location.reload();
    },
    async check() {
      const current = registration ?? (await navigator.serviceWorker.getRegistration());
      if (!current) return 'unsupported';
      try {
        await current.update();
      } catch {
        return 'offline';
      }
      if (current.installing) await settled(current.installing, 15_000);
      if (current.waiting) {
        state.updateReady.value = true;
        return 'ready';
      }
      return 'latest';
    },
  };
}
