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
import s from './privacy.module.css';

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
  const who = profile ? firstName(profile.caseworker.name) : 'Your caseworker';
  return (
    <section class={s.section} aria-labelledby="notes-title">
      <h2 id="notes-title">Notes about your support</h2>
      <p>
        {who} keeps short notes about your support, like when you talked and how things went. The
        notes are not in this app. You can ask to see them at any time.
      </p>
    </section>
  );
}

function AutoLock() {
  const { lock } = useAppState();
  if (lock.status.value === 'none') return null;
  return (
    <section class={s.section} aria-labelledby="autolock-title">
      <h2 id="autolock-title">Lock by itself</h2>
      <label for="autolock" class={s.label}>
        Lock the app when I have not used it for
      </label>
      <select
        id="autolock"
        class={s.select}
        value={String(lock.autoLockMinutes.value)}
        onChange={(e) => void lock.setAutoLock(Number(e.currentTarget.value))}
      >
        {AUTO_LOCK_CHOICES.map((m) => (
          <option key={m} value={String(m)}>
            {m === 1 ? '1 minute' : `${m} minutes`}
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
      <h2 id="storage-title">Will my journal stay on this phone?</h2>
      <div role="status">
        {kept.value === undefined ? (
          <p>Checking…</p>
        ) : kept.value === true ? (
          <p class={s.yes}>
            Yes. This phone has agreed to keep your journal, even when space runs low.
          </p>
        ) : kept.value === false ? (
          <p class={s.no}>
            Not yet. If this phone runs low on space, the browser could clear your journal.
          </p>
        ) : (
          <p class={s.no}>This browser cannot tell us. Adding the app to your home screen helps.</p>
        )}
      </div>
      {kept.value === false && (
        <>
          <button type="button" class="btn btn-secondary btn-block" onClick={() => void ask()}>
            Ask the phone to keep my journal
          </button>
          <p class="hint">
            {asked.value
              ? 'The phone said no for now. Adding the app to your home screen usually helps.'
              : 'Adding the app to your home screen also helps. Saving a copy (below) is a good idea too.'}
          </p>
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
      <h2 id="export-title">Export all my data</h2>
      <p>See everything the app keeps on this phone, to read, print or keep a copy.</p>
      <a href="/export" class="btn btn-secondary btn-block">
        See all my data on one page
      </a>
      <button
        type="button"
        class="btn btn-secondary btn-block"
        disabled={busy.value}
        onClick={() => void download()}
      >
        Download all my data as a file
      </button>
      <p class="hint">The file stays on this phone unless you send it to someone.</p>
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
      <h2 id="delete-title">Delete everything from this phone</h2>
      <p>
        This deletes your journal, unfinished writing, your plan, your lock and your settings from
        this phone. Help now and 999 still work.
      </p>
      {confirming.value ? (
        <Confirm
          question="Delete everything from this phone?"
          detail="This cannot be undone. You may want to save a copy first."
          yes={busy.value ? 'Deleting…' : 'Yes, delete everything'}
          no="No, keep everything"
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
          Delete everything
        </button>
      )}
    </section>
  );
}
