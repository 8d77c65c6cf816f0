import { useSignal } from '@preact/signals';
import { catalogue } from '#shared/i18n';
import { currentChoice, keepLanguage, languageChoices, languageName } from './language-choice';
import messages from './settings-language.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('settings-language', messages);

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Only when this build carries a translation is there a language to choose. */
export function hasLanguageChoice(): boolean {
  return languageChoices().length > 0;
}

/**
 * The person's language. Words load before the app first draws, so a new language needs the app
 * to start again: the screen says so before the button does it.
 */
export function LanguageSettings() {
  const choices = languageChoices();
  const now = currentChoice(choices);
  const picked = useSignal(now);
  const said = useSignal('');
  if (choices.length === 0) return null;

  function change() {
    if (picked.value === now) {
      said.value = t('same');
      return;
    }
    location.assign(keepLanguage(picked.value, storage(), location));
  }

  return (
    <section class={s.section} aria-labelledby="language-title">
      <h2 id="language-title">{t('title')}</h2>
      <p>{t('what')}</p>
      <fieldset class={s.group}>
        <legend class="visually-hidden">{t('label')}</legend>
        {choices.map((locale) => (
          <label key={locale.tag} class={s.choice}>
            <input
              type="radio"
              name="language"
              value={locale.tag}
              checked={picked.value === locale.tag}
              onChange={() => (picked.value = locale.tag)}
            />
            {/* Each language's name in itself, however the app reads now. */}
            <span lang={locale.tag} dir={locale.dir} data-own-words>
              {languageName(locale.tag)}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="button" class="btn btn-secondary" onClick={change}>
        {t('change')}
      </button>
      <p role="status" class={s.status}>
        {said.value}
      </p>
    </section>
  );
}
