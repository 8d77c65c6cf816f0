/** How big the text is: the root font size is 100%, 150% or 200%. */
export type TextSize = 'normal' | 'large' | 'larger';

export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];

/**
 * The person's display choices. `null` means "follow the phone": the operating system's
 * prefers-contrast and prefers-reduced-motion settings decide until the person chooses.
 */
export interface Prefs {
  textSize: TextSize;
  highContrast: boolean | null;
  reduceMotion: boolean | null;
}

/** What the phone itself asks for, read from media queries. */
export interface SystemPrefs {
  highContrast: boolean;
  reduceMotion: boolean;
}

export const DEFAULT_PREFS: Prefs = { textSize: 'normal', highContrast: null, reduceMotion: null };

export const PREFS_KEY = 'hiu.prefs.v1';

function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'string' && (TEXT_SIZES as readonly string[]).includes(value);
}

function choice(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** Reads saved prefs; anything missing or damaged falls back to the defaults, never throws. */
export function readPrefs(storage: Pick<Storage, 'getItem'> | null): Prefs {
  try {
    const raw = storage?.getItem(PREFS_KEY);
    if (!raw) return DEFAULT_PREFS;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return DEFAULT_PREFS;
    const textSize = 'textSize' in data ? data.textSize : undefined;
    return {
      textSize: isTextSize(textSize) ? textSize : DEFAULT_PREFS.textSize,
      highContrast: choice('highContrast' in data ? data.highContrast : null),
      reduceMotion: choice('reduceMotion' in data ? data.reduceMotion : null),
    };
  } catch {
    return DEFAULT_PREFS;
  }
}

/** Saves prefs; a full or blocked storage only loses the choice, never breaks the app. */
export function writePrefs(storage: Pick<Storage, 'setItem'> | null, prefs: Prefs): void {
  try {
    storage?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Private mode or a full disk: the choice still applies for this visit.
  }
}

/** The effective choices once "follow the phone" is resolved. */
export function resolvePrefs(
  prefs: Prefs,
  system: SystemPrefs,
): SystemPrefs & { textSize: TextSize } {
  return {
    textSize: prefs.textSize,
    highContrast: prefs.highContrast ?? system.highContrast,
    reduceMotion: prefs.reduceMotion ?? system.reduceMotion,
  };
}

/** localStorage, or null where reading it throws (storage blocked by the browser). */
export function localStorageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}
