import { activeLocale, type Locale } from '#shared/i18n';
import { availableLocales, saveLocale } from '../../i18n/locale';

/**
 * A language's name in that language ("Cymraeg", "polski", "English"), so a person who does not
 * read the current language can still find their own.
 */
export function languageName(tag: string): string {
  const language = tag.split('-')[0] ?? tag;
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(language) ?? tag;
  } catch {
    return tag;
  }
}

/** The languages to offer, or none when this build carries only one. */
export function languageChoices(available: readonly Locale[] = availableLocales()): Locale[] {
  return available.length > 1 ? [...available] : [];
}

/** The language the app is in now, among the choices (a pseudo-locale matches none). */
export function currentChoice(choices: readonly Locale[], active = activeLocale()): string {
  return choices.find((l) => l.tag.toLowerCase() === active.tag.toLowerCase())?.tag ?? '';
}

/**
 * Keeps the new language on the phone and gives the address to start the app again at: the same
 * screen without `?lang=`, which would otherwise win over the kept choice.
 */
export function keepLanguage(
  tag: string,
  storage: Storage | null,
  where: Pick<Location, 'pathname' | 'search' | 'hash'>,
): string {
  saveLocale(storage, tag);
  const params = new URLSearchParams(where.search);
  params.delete('lang');
  const search = params.toString();
  return `${where.pathname}${search ? `?${search}` : ''}${where.hash}`;
}
