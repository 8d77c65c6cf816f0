import { requestPersistence } from '../store/persist';
import type { AppState, InstallPromptEvent } from '../state';

function isInstallPrompt(event: Event): event is InstallPromptEvent {
  return 'prompt' in event && typeof event.prompt === 'function';
}

/** Running from the home screen rather than in a browser tab. */
export function runningInstalled(win: Window = window): boolean {
  const iosStandalone = 'standalone' in win.navigator && win.navigator.standalone === true;
  return iosStandalone || win.matchMedia('(display-mode: standalone)').matches;
}

/**
 * Keeps the browser's install prompt for the Install screen (it fires once, early), and asks
 * for persistent storage as soon as the app is installed: installed apps are far more likely
 * to be granted it, and it keeps the journal safe from the browser clearing space.
 */
export function captureInstallPrompt(state: AppState, win: Window = window): void {
  state.installed.value = runningInstalled(win);
  win.addEventListener('beforeinstallprompt', (event) => {
    if (!isInstallPrompt(event)) return;
    event.preventDefault();
    state.installPrompt.value = event;
  });
  win.addEventListener('appinstalled', () => {
    state.installed.value = true;
    state.installPrompt.value = null;
    void requestPersistence();
  });
}
