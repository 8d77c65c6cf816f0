import { activateLocale, SOURCE_LOCALE, type CatalogueMessage } from '#shared/i18n';
import { chosenLocale, loadTranslation } from './locale';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Sets the app's language before it first draws: the page's `lang` and `dir` (right-to-left
 * scripts mirror the layout through logical CSS), and the words. English needs nothing
 * fetched; a translation's file (or a pseudo-locale's code) is fetched first, precached so
 * offline too, and if it cannot be read the app starts in English rather than not at all.
 */
export function startLocale(): Promise<void> {
  const locale = chosenLocale(window.location, storage());
  const page = () => {
    document.documentElement.lang = locale.tag;
    document.documentElement.dir = locale.dir;
  };
  const english = () => activateLocale(SOURCE_LOCALE);
  // English is where the words start (src/shared/i18n.ts): nothing to switch.
  if (locale === SOURCE_LOCALE) {
    page();
    return Promise.resolve();
  }
  if (locale.pseudo) {
    return import('#shared/pseudo-locale').then(({ activatePseudoLocale }) => {
      activatePseudoLocale(locale);
      page();
    }, english);
  }
  return loadTranslation(locale).then((messages: Record<string, CatalogueMessage>) => {
    activateLocale(locale, messages);
    page();
  }, english);
}
