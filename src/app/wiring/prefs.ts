import { effect } from '@preact/signals';
import type { AppState } from '../state';
import { localStorageOf, readPrefs } from '../prefs/prefs';

const CONTRAST = '(prefers-contrast: more)';
const MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Loads saved prefs, follows the phone's own contrast and motion settings, and mirrors the
 * effective choices onto <html> as data attributes that the CSS reads. Returns a disposer.
 */
export function watchPrefs(state: AppState, win: Window = window): () => void {
  state.prefs.value = readPrefs(localStorageOf(win));

  const contrast = win.matchMedia(CONTRAST);
  const motion = win.matchMedia(MOTION);
  const readSystem = () => {
    state.system.value = { highContrast: contrast.matches, reduceMotion: motion.matches };
  };
  readSystem();
  contrast.addEventListener('change', readSystem);
  motion.addEventListener('change', readSystem);

  const root = win.document.documentElement;
  const stop = effect(() => {
    const display = state.display.value;
    root.dataset.textSize = display.textSize;
    root.dataset.contrast = display.highContrast ? 'high' : 'normal';
    root.dataset.motion = display.reduceMotion ? 'reduce' : 'normal';
  });

  return () => {
    stop();
    contrast.removeEventListener('change', readSystem);
    motion.removeEventListener('change', readSystem);
  };
}
