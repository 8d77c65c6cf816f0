import { useSignal } from '@preact/signals';
import { resetOfflineCopy } from '../../components/updates/reset';
import { updaterSoon, type CheckResult } from '../../state/updater';
import { setPref } from '../../state/prefs';
import type { TextSize } from '../../prefs/prefs';
import { useAppState } from '../../state';
import { DataSettings, LockChoices } from './privacy';
import { ConsentSettings } from './consent';
import { SharingSettings } from './sharing';
import { hasLanguageChoice, LanguageSettings } from './language';
import { catalogue } from '#shared/i18n';
import messages from './settings.messages.json' with { type: 'json' };
import { rich } from '../../../ui/i18n/rich';
import s from './style.module.css';

const t = catalogue('settings', messages);
type Key = keyof typeof messages;

const SIZES: { value: TextSize; label: Key }[] = [
  { value: 'normal', label: 'sizeNormal' },
  { value: 'large', label: 'sizeLarge' },
  { value: 'larger', label: 'sizeLarger' },
];

const CHECK_WORDS: Record<CheckResult | 'checking', Key> = {
  checking: 'checking',
  ready: 'checkReady',
  latest: 'checkLatest',
  offline: 'checkOffline',
  unsupported: 'checkUnsupported',
};

function Display() {
  const state = useAppState();
  const prefs = state.prefs.value;
  const display = state.display.value;
  const followsPhone = prefs.highContrast === null && prefs.reduceMotion === null;
  return (
    <section class={s.section} aria-labelledby="display-title">
      <h2 id="display-title">{t('displayTitle')}</h2>
      <fieldset class={s.group}>
        <legend class={s.legend}>{t('textSize')}</legend>
        {SIZES.map((size) => (
          <label key={size.value} class={s.choice}>
            <input
              type="radio"
              name="text-size"
              value={size.value}
              checked={prefs.textSize === size.value}
              onChange={() => setPref(state, 'textSize', size.value)}
            />
            <span>{t(size.label)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset class={s.group}>
        <legend class={s.legend}>{t('colours')}</legend>
        <label class={s.choice}>
          <input
            type="checkbox"
            checked={display.highContrast}
            onChange={(e) => setPref(state, 'highContrast', e.currentTarget.checked)}
          />
          <span>{t('highContrast')}</span>
        </label>
        <label class={s.choice}>
          <input
            type="checkbox"
            checked={display.reduceMotion}
            onChange={(e) => setPref(state, 'reduceMotion', e.currentTarget.checked)}
          />
          <span>{t('reduceMotion')}</span>
        </label>
        <p class="hint">{followsPhone ? t('followsPhone') : t('chosen')}</p>
        {!followsPhone && (
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => {
              setPref(state, 'highContrast', null);
              setPref(state, 'reduceMotion', null);
            }}
          >
            {t('usePhone')}
          </button>
        )}
      </fieldset>
    </section>
  );
}

function Updates() {
  const state = useAppState();
  const result = useSignal<CheckResult | 'checking' | null>(null);
  const resetNote = useSignal('');

  async function check() {
    result.value = 'checking';
    const updater = await updaterSoon(state.updater, 'serviceWorker' in navigator, 15_000);
    result.value = updater ? await updater.check() : 'unsupported';
  }

  async function reset() {
    if (!navigator.onLine) {
      resetNote.value = t('resetOffline');
      return;
    }
    resetNote.value = t('resetting');
    await resetOfflineCopy();
  }

  return (
    <section class={s.section} aria-labelledby="updates-title">
      <h2 id="updates-title">{t('updatesTitle')}</h2>
      <button type="button" class="btn btn-secondary" onClick={() => void check()}>
        {t('checkButton')}
      </button>
      <p role="status" class={s.status}>
        {result.value ? t(CHECK_WORDS[result.value]) : ''}
      </p>
      <h3>{t('stopsWorking')}</h3>
      <p>{t('freshCopyWhat')}</p>
      <button type="button" class="btn btn-secondary" onClick={() => void reset()}>
        {t('freshCopyButton')}
      </button>
      <p role="status" class={s.status}>
        {resetNote.value}
      </p>
    </section>
  );
}

/** Where each setting is, most used first, so nobody has to scroll through all of them. */
const CONTENTS: readonly (readonly [string, Key])[] = [
  ['display-title', 'contentsDisplay'],
  ['lock-title', 'contentsLock'],
  ['hide-title', 'contentsHide'],
];
const MORE: readonly (readonly [string, Key])[] = [
  ['sharing-title', 'contentsSharing'],
  ['consent-title', 'contentsConsent'],
  ['install-title', 'contentsInstall'],
  ['updates-title', 'contentsUpdates'],
  ['notes-title', 'contentsNotes'],
  ['storage-title', 'contentsStorage'],
  ['export-title', 'contentsExport'],
  ['delete-title', 'contentsDelete'],
];

function Contents() {
  // The language choice is listed only when there is more than one language to choose.
  const language: typeof MORE = hasLanguageChoice() ? [['language-title', 'contentsLanguage']] : [];
  const list = (items: typeof CONTENTS) => (
    <ul>
      {items.map(([id, words]) => (
        <li key={id}>
          <a href={`#${id}`}>{t(words)}</a>
        </li>
      ))}
    </ul>
  );
  return (
    <nav aria-label={t('contentsLabel')} class={s.section}>
      <p>
        <strong>{t('mostUsed')}</strong>
      </p>
      {list(CONTENTS)}
      <p>
        <strong>{t('lessUsed')}</strong>
      </p>
      {list([...language, ...MORE])}
    </nav>
  );
}

/**
 * Settings, most used first: how the app looks, the lock and quick hide; then the less used ones:
 * sharing, installing, updates, your data and delete everything.
 */
export default function Settings() {
  return (
    <>
      <h1>{t('title')}</h1>
      <Contents />
      <Display />
      <LockChoices />

      <section class={s.section} aria-labelledby="hide-title">
        <h2 id="hide-title">{t('hideTitle')}</h2>
        <p>{rich(t('hideHow'), { strong: (words) => <strong>{words}</strong> })}</p>
        <p>{t('hideLocks')}</p>
      </section>

      <LanguageSettings />

      <SharingSettings />

      <ConsentSettings />

      <section class={s.section} aria-labelledby="install-title">
        <h2 id="install-title">{t('installTitle')}</h2>
        <p>
          <a href="/install">{t('installLink')}</a>
        </p>
      </section>

      <Updates />

      <DataSettings />
    </>
  );
}
