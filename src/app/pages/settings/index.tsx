import { useSignal } from '@preact/signals';
import { resetOfflineCopy } from '../../components/updates/reset';
import { updaterSoon, type CheckResult } from '../../state/updater';
import { setPref } from '../../state/prefs';
import type { TextSize } from '../../prefs/prefs';
import { useAppState } from '../../state';
import { DataSettings, LockChoices } from './privacy';
import { ConsentSettings } from './consent';
import { SharingSettings } from './sharing';
import s from './style.module.css';

const SIZES: { value: TextSize; label: string }[] = [
  { value: 'normal', label: 'Normal' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
];

const CHECK_WORDS: Record<CheckResult | 'checking', string> = {
  checking: 'Looking for a new version…',
  ready: 'A new version is ready. Use the Update now button at the top.',
  latest: 'You have the newest version.',
  offline: 'You need the internet to look for a new version.',
  unsupported: 'This browser cannot look for new versions.',
};

function Display() {
  const state = useAppState();
  const prefs = state.prefs.value;
  const display = state.display.value;
  const followsPhone = prefs.highContrast === null && prefs.reduceMotion === null;
  return (
    <section class={s.section} aria-labelledby="display-title">
      <h2 id="display-title">How the app looks</h2>
      <fieldset class={s.group}>
        <legend class={s.legend}>Text size</legend>
        {SIZES.map((size) => (
          <label key={size.value} class={s.choice}>
            <input
              type="radio"
              name="text-size"
              value={size.value}
              checked={prefs.textSize === size.value}
              onChange={() => setPref(state, 'textSize', size.value)}
            />
            <span>{size.label}</span>
          </label>
        ))}
      </fieldset>

      <fieldset class={s.group}>
        <legend class={s.legend}>Colours and movement</legend>
        <label class={s.choice}>
          <input
            type="checkbox"
            checked={display.highContrast}
            onChange={(e) => setPref(state, 'highContrast', e.currentTarget.checked)}
          />
          <span>High contrast colours</span>
        </label>
        <label class={s.choice}>
          <input
            type="checkbox"
            checked={display.reduceMotion}
            onChange={(e) => setPref(state, 'reduceMotion', e.currentTarget.checked)}
          />
          <span>Reduce movement on screen</span>
        </label>
        <p class="hint">
          {followsPhone
            ? 'These follow your phone’s own settings until you change them here.'
            : 'You have chosen these yourself.'}
        </p>
        {!followsPhone && (
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => {
              setPref(state, 'highContrast', null);
              setPref(state, 'reduceMotion', null);
            }}
          >
            Use my phone’s settings
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
      resetNote.value = 'You need the internet for this. Nothing has changed.';
      return;
    }
    resetNote.value = 'Getting a fresh copy…';
    await resetOfflineCopy();
  }

  return (
    <section class={s.section} aria-labelledby="updates-title">
      <h2 id="updates-title">Updates</h2>
      <button type="button" class="btn btn-secondary" onClick={() => void check()}>
        Check for a new version
      </button>
      <p role="status" class={s.status}>
        {result.value ? CHECK_WORDS[result.value] : ''}
      </p>
      <h3>If the app stops working properly</h3>
      <p>
        This gets a fresh copy of the app from the internet. Your journal and settings stay on this
        phone.
      </p>
      <button type="button" class="btn btn-secondary" onClick={() => void reset()}>
        Get a fresh copy of the app
      </button>
      <p role="status" class={s.status}>
        {resetNote.value}
      </p>
    </section>
  );
}

/** Where each setting is, most used first, so nobody has to scroll through all of them. */
const CONTENTS: readonly (readonly [string, string])[] = [
  ['display-title', 'Text size and colours'],
  ['lock-title', 'Lock the app'],
  ['hide-title', 'Quick hide'],
];
const MORE: readonly (readonly [string, string])[] = [
  ['sharing-title', 'Sharing with your caseworker'],
  ['consent-title', 'What you agreed to'],
  ['install-title', 'Add to home screen'],
  ['updates-title', 'Updates'],
  ['notes-title', 'Notes about your support'],
  ['storage-title', 'Keeping your journal on this phone'],
  ['export-title', 'Saving a copy of your data'],
  ['delete-title', 'Delete everything'],
];

function Contents() {
  const list = (items: typeof CONTENTS) => (
    <ul>
      {items.map(([id, words]) => (
        <li key={id}>
          <a href={`#${id}`}>{words}</a>
        </li>
      ))}
    </ul>
  );
  return (
    <nav aria-label="Settings on this page" class={s.section}>
      <p>
        <strong>Most used</strong>
      </p>
      {list(CONTENTS)}
      <p>
        <strong>Less used, further down</strong>
      </p>
      {list(MORE)}
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
      <h1>Settings</h1>
      <Contents />
      <Display />
      <LockChoices />

      <section class={s.section} aria-labelledby="hide-title">
        <h2 id="hide-title">Quick hide</h2>
        <p>
          Tap <strong>Hide</strong> at the top of any screen. The app changes at once to a plain
          notes page. Tap <strong>Done</strong> to come back.
        </p>
        <p>If you set a lock, hiding also locks the app.</p>
      </section>

      <SharingSettings />

      <ConsentSettings />

      <section class={s.section} aria-labelledby="install-title">
        <h2 id="install-title">Add to home screen</h2>
        <p>
          <a href="/install">How to put this app on your home screen</a>
        </p>
      </section>

      <Updates />

      <DataSettings />
    </>
  );
}
