import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DeviceProfile } from '#shared/schemas/api';
import type { HelpNowProfile } from '../store/profile';
import { createLazyLockState } from '../lock/lazy';
import type { LockState } from '../lock/types';
import { createSyncState, type SyncState } from './sync';
import type { Updater } from './updater';
import {
  DEFAULT_PREFS,
  resolvePrefs,
  type Prefs,
  type SystemPrefs,
  type TextSize,
} from '../prefs/prefs';

/** The browser's install prompt (Chromium only; not in the DOM lib types). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** Everything the shell and its screens read. Change it only through the action modules. */
export interface AppState {
  online: Signal<boolean>;
  prefs: Signal<Prefs>;
  system: Signal<SystemPrefs>;
  display: ReadonlySignal<SystemPrefs & { textSize: TextSize }>;
  lock: LockState;
  /** The synced profile (caseworker, hours, local contacts); null until the phone is paired. */
  profile: Signal<DeviceProfile | null>;
  /**
   * The part of the profile kept in clear for Help now (the guide, the caseworker's first name),
   * read even while the app is locked; `profile` is only filled once it can be opened.
   */
  helpNow: Signal<HelpNowProfile | null>;
  /** The link to the support team: messages, shared entries, last sync (see src/app/sync). */
  sync: SyncState;
  /** A new service worker is installed and waiting for the person to agree. */
  updateReady: Signal<boolean>;
  /** Apply or look for updates; null where there is no service worker. */
  updater: Signal<Updater | null>;
  installPrompt: Signal<InstallPromptEvent | null>;
  /** Running as an installed app (standalone), not in a browser tab. */
  installed: Signal<boolean>;
}

/** Makes a fresh state; no import-time singletons, so tests and the app each get their own. */
export function createAppState(
  init: Partial<{ online: boolean; prefs: Prefs; lock: LockState }> = {},
): AppState {
  const prefs = signal(init.prefs ?? DEFAULT_PREFS);
  const system = signal<SystemPrefs>({ highContrast: false, reduceMotion: false });
  return {
    online: signal(init.online ?? true),
    prefs,
    system,
    display: computed(() => resolvePrefs(prefs.value, system.value)),
    // The lock's code loads after the first paint (see lock/lazy.ts and wiring/connect.ts).
    lock: init.lock ?? createLazyLockState(),
    profile: signal(null),
    helpNow: signal(null),
    sync: createSyncState(),
    updateReady: signal(false),
    updater: signal(null),
    installPrompt: signal(null),
    installed: signal(false),
  };
}

export const AppStateContext = createContext<AppState | null>(null);

/** The app state from context; throws if a screen is rendered outside the shell. */
export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState needs <AppStateContext.Provider>');
  return state;
}
