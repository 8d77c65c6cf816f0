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
 * scripts mirror the layout through logical CSS), and the words. English and the
 * pseudo-locales need nothing fetched; a translation's file is fetched first, and if it cannot
 * be read the app starts in English rather than not at all.
 */
export function startLocale(): Promise<void> {
  const locale = chosenLocale(window.location, storage());
  const apply = (messages: Record<string, CatalogueMessage> = {}) => {
    activateLocale(locale, messages);
    document.documentElement.lang = locale.tag;
    document.documentElement.dir = locale.dir;
  };
  // English and the pseudo-locales start at once, before anything else in the app runs.
  if (locale.pseudo || locale === SOURCE_LOCALE) {
    apply();
    return Promise.resolve();
  }
  return loadTranslation(locale).then(apply, () => activateLocale(SOURCE_LOCALE));
}
