import type { AppState } from './index';
import { localStorageOf, writePrefs, type Prefs } from '../prefs/prefs';

/** Changes one display choice and keeps it for next time. */
export function setPref<K extends keyof Prefs>(state: AppState, key: K, value: Prefs[K]): void {
  const next = { ...state.prefs.value, [key]: value };
  state.prefs.value = next;
  writePrefs(localStorageOf(window), next);
}
