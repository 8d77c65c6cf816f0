import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { LockSettings } from './lock';
import { AUTO_LOCK_CHOICES } from '../../lock/types';
import { useAppState } from '../../state';
import { firstName } from '../../store/profile-fields';
import { collectExport } from '../../store/export';
import { isPersisted, requestPersistence } from '../../store/persist';
import { deleteEverything } from '../../store/wipe';
import { downloadExport } from '../export/download';
import { Confirm } from '../journal/parts/confirm';
import { DraftReminder } from './drafts';
import { catalogue } from '#shared/i18n';
import messages from './settings-privacy.messages.json' with { type: 'json' };
import s from './privacy.module.css';

const t = catalogue('settings-privacy', messages);

/** The lock and auto-lock: among the most used choices, so near the top of Settings. */
export function LockChoices() {
  return (
    <div class={s.privacy}>
      <LockSettings />
      <AutoLock />
    </div>
  );
}

/** Less used: unfinished writing, whether storage is kept, export, and delete everything. */
export function DataSettings() {
  return (
    <div class={s.privacy}>
      <CaseworkerNotes />
      <DraftReminder />
      <Storage />
      <ExportData />
      <DeleteEverything />
    </div>
  );
}

/** The team keeps notes of its own; the person has a right to see them (subject access). */
function CaseworkerNotes() {
  const profile = useAppState().profile.value;
  const who = profile ? firstName(profile.caseworker.name) : t('yourCaseworker');
  return (
    <section class={s.section} aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notesTitle')}</h2>
      <p>{t('notesWhat', { who })}</p>
    </section>
  );
}

function AutoLock() {
  const { lock } = useAppState();
  if (lock.status.value === 'none') return null;
  return (
    <section class={s.section} aria-labelledby="autolock-title">
      <h2 id="autolock-title">{t('autoLockTitle')}</h2>
      <label for="autolock" class={s.label}>
        {t('autoLockLabel')}
      </label>
      <select
        id="autolock"
        class={s.select}
        value={String(lock.autoLockMinutes.value)}
        onChange={(e) => void lock.setAutoLock(Number(e.currentTarget.value))}
      >
        {AUTO_LOCK_CHOICES.map((m) => (
          <option key={m} value={String(m)}>
            {t('minutes', { count: m })}
          </option>
        ))}
      </select>
    </section>
  );
}

function Storage() {
  const kept = useSignal<boolean | null | undefined>(undefined);
  const asked = useSignal(false);
  useEffect(() => {
    void isPersisted().then((v) => (kept.value = v));
  }, []);

  async function ask() {
    kept.value = await requestPersistence();
    asked.value = true;
  }

  return (
    <section class={s.section} aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storageTitle')}</h2>
      <div role="status">
        {kept.value === undefined ? (
          <p>{t('checking')}</p>
        ) : kept.value === true ? (
          <p class={s.yes}>{t('kept')}</p>
        ) : kept.value === false ? (
          <p class={s.no}>{t('notKept')}</p>
        ) : (
          <p class={s.no}>{t('cannotTell')}</p>
        )}
      </div>
      {kept.value === false && (
        <>
          <button type="button" class="btn btn-secondary btn-block" onClick={() => void ask()}>
            {t('askKeep')}
          </button>
          <p class="hint">{asked.value ? t('saidNo') : t('alsoHelps')}</p>
        </>
      )}
    </section>
  );
}

function ExportData() {
  const { lock } = useAppState();
  const busy = useSignal(false);
  async function download() {
    busy.value = true;
    try {
      downloadExport(await collectExport(lock));
    } finally {
      busy.value = false;
    }
  }
  return (
    <section class={s.section} aria-labelledby="export-title">
      <h2 id="export-title">{t('exportTitle')}</h2>
      <p>{t('exportWhat')}</p>
      <a href="/export" class="btn btn-secondary btn-block">
        {t('exportPage')}
      </a>
      <button
        type="button"
        class="btn btn-secondary btn-block"
        disabled={busy.value}
        onClick={() => void download()}
      >
        {t('exportFile')}
      </button>
      <p class="hint">{t('exportStays')}</p>
    </section>
  );
}

function DeleteEverything() {
  const { lock } = useAppState();
  const confirming = useSignal(false);
  const busy = useSignal(false);
  async function wipe() {
    busy.value = true;
    await deleteEverything(lock);
    location.assign('/');
  }
  return (
    <section class={s.section} aria-labelledby="delete-title">
      <h2 id="delete-title">{t('deleteTitle')}</h2>
      <p>{t('deleteWhat')}</p>
      {confirming.value ? (
        <Confirm
          question={t('deleteQuestion')}
          detail={t('deleteDetail')}
          yes={busy.value ? t('deleting') : t('deleteYes')}
          no={t('deleteNo')}
          busy={busy.value}
          onYes={() => void wipe()}
          onNo={() => (confirming.value = false)}
        />
      ) : (
        <button
          type="button"
          class="btn btn-warning btn-block"
          onClick={() => (confirming.value = true)}
        >
          {t('deleteButton')}
        </button>
      )}
    </section>
  );
}
