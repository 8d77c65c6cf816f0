import { directionOf, PSEUDO_LOCALES, SOURCE_LOCALE, type Locale } from '#shared/i18n';

/** Where the phone keeps the person's language, apart from the display prefs. */
export const LOCALE_KEY = 'hiu.locale.v1';

/** The reviewed translations this build carries: `locales/<tag>.messages.json`. */
const translations = import.meta.glob<Record<string, string>>('./locales/*.messages.json', {
  import: 'default',
});

function tagOf(path: string): string {
  return path.replace(/^.*\/([^/]+)\.messages\.json$/, '$1');
}

/** The languages a person can choose in Settings: English first, then each translation. */
export function availableLocales(): Locale[] {
  const tags = Object.keys(translations).map(tagOf);
  return [SOURCE_LOCALE, ...tags.map((tag) => ({ tag, dir: directionOf(tag), pseudo: null }))];
}

function known(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const all = [...availableLocales(), ...PSEUDO_LOCALES];
  return all.find((l) => l.tag.toLowerCase() === tag.toLowerCase()) ?? null;
}

/**
 * The language to start in: `?lang=` on the address (kept from then on; how the pseudo-locales
 * are reached, and how a caseworker can set a phone up), else the saved choice, else English.
 * A tag this build does not carry falls back to English, never to no words at all.
 */
export function chosenLocale(location: Pick<Location, 'search'>, storage: Storage | null): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  const fromAddress = known(asked);
  if (fromAddress) {
    saveLocale(storage, fromAddress.tag);
    return fromAddress;
  }
  let saved: string | null = null;
  try {
    saved = storage?.getItem(LOCALE_KEY) ?? null;
  } catch {
    // Storage blocked: English for this visit.
  }
  return known(saved) ?? SOURCE_LOCALE;
}

export function saveLocale(storage: Storage | null, tag: string): void {
  try {
    storage?.setItem(LOCALE_KEY, tag);
  } catch {
    // Private mode or a full disk: the choice holds for this visit only.
  }
}

/** A translation's messages, fetched (precached, so offline too) before the first render. */
export async function loadTranslation(locale: Locale): Promise<Record<string, string>> {
  if (locale.pseudo || locale === SOURCE_LOCALE) return {};
  const load = Object.entries(translations).find(([path]) => tagOf(path) === locale.tag)?.[1];
  return load ? load() : {};
}
