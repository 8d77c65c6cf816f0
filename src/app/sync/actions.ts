import type { JournalEntry } from '#shared/schemas/journal';
import { PROFILE_META_KEY } from '../store/profile';
import type { AppState } from '../state';
import { forgetConnection, listShares } from '../store/connection';
import type { BoxSlot } from '../store/drafts';
import { writeMeta } from '../store/meta';
import { keepSentPhoto, removeSentPhoto } from '../store/sent-photos';
import {
  enqueue,
  listOutbox,
  removeFromOutbox,
  takeOutOfOutbox,
  updateOutbox,
} from '../store/outbox';
import { askForBackgroundSync } from './background';
import { engineFor, SEEN_META_KEY } from './engine';
import { catalogue } from '#shared/i18n';
import messages from './sync-actions.messages.json' with { type: 'json' };

const t = catalogue('sync-actions', messages);

/*
 * What the screens do to the connection. Every send goes into the outbox on disk first, then
 * the engine tries to send it (now, when online again, or from the service worker).
 */

/** The message box's draft (store/drafts.ts): removed with the send, in one transaction. */
export const MESSAGE_DRAFT: BoxSlot = 'box:message';

/** The time by the engine's clock (the tests' clock in tests). */
const now = (state: AppState) => engineFor(state).deps.now();

async function afterEnqueue(state: AppState): Promise<void> {
  const engine = engineFor(state);
  await engine.refresh();
  void askForBackgroundSync();
  void engine.run();
}

/** Send a message to the caseworker (it waits in the outbox until there is signal). */
export async function sendMessage(state: AppState, body: string): Promise<void> {
  const id = crypto.randomUUID();
  await enqueue(
    state.lock,
    {
      id,
      kind: 'message',
      endpoint: 'device.sendMessage',
      json: { id, body: body.trim() },
      words: true,
    },
    now(state),
    { draft: MESSAGE_DRAFT },
  );
  state.sync.messageDraft.value = '';
  await afterEnqueue(state);
}

/**
 * Send the caseworker a photo (made ready on the phone: smaller, no metadata), with words under
 * it if there are any. It waits in the outbox like a message, sealed under the lock.
 * `fromBox`: the words are the message box's, and its draft goes with the send.
 * The phone keeps its own copy first, so the thread shows the photo once it has gone too.
 */
export async function sendPhotoMessage(
  state: AppState,
  photo: { type: 'image/jpeg'; data: string },
  body: string,
  { fromBox }: { fromBox: boolean },
): Promise<void> {
  const id = crypto.randomUUID();
  await keepSentPhoto(state.lock, { id, photo });
  await enqueue(
    state.lock,
    {
      id,
      kind: 'message',
      endpoint: 'device.sendPhoto',
      json: { id, body: body.trim(), photo },
      words: true,
    },
    now(state),
    fromBox ? { draft: MESSAGE_DRAFT } : {},
  );
  if (fromBox) state.sync.messageDraft.value = '';
  await afterEnqueue(state);
}

/** Share a copy of one journal entry with the caseworker (again, if it changed). */
export async function shareEntry(state: AppState, entry: JournalEntry): Promise<void> {
  // A share the server refused for good is replaced by this one.
  const db = await state.lock.db();
  for (const record of await listOutbox(db)) {
    if (record.subject === entry.id && record.failed && record.seq !== undefined) {
      await removeFromOutbox(db, record.seq);
    }
  }
  await enqueue(
    state.lock,
    {
      id: crypto.randomUUID(),
      kind: 'share',
      endpoint: 'device.share',
      params: { entryId: entry.id },
      json: { entry },
      words: true,
      subject: entry.id,
    },
    now(state),
  );
  await afterEnqueue(state);
}

/**
 * Stop sharing an entry: it is deleted from the server. If it never left the phone (not yet
 * tried, and not on the server), taking it out of the outbox is enough.
 */
export async function withdrawShare(state: AppState, entryId: string): Promise<void> {
  const db = await state.lock.db();
  // In one transaction against the flush counting a try (see takeOutOfOutbox), then the server's
  // state read after it: a share sent or on its way is always followed by the DELETE.
  const waiting = await takeOutOfOutbox(db, (r) => r.subject === entryId && r.kind === 'share');
  const onServer = (await listShares(db)).some((s) => s.id === entryId);
  const mayHaveArrived = onServer || waiting.some((r) => r.attempts > 0);
  if (mayHaveArrived) {
    await enqueue(
      state.lock,
      {
        id: crypto.randomUUID(),
        kind: 'withdraw',
        endpoint: 'device.withdraw',
        params: { entryId },
        subject: entryId,
      },
      now(state),
    );
  }
  await afterEnqueue(state);
}

/** Try a refused send again (the person pressed "Try again"). */
export async function retrySend(state: AppState, id: string): Promise<void> {
  const db = await state.lock.db();
  const record = (await listOutbox(db)).find((r) => r.id === id);
  if (record?.seq === undefined) return;
  await updateOutbox(db, record.seq, { failed: null, notBefore: 0 });
  await afterEnqueue(state);
}

/** Take a waiting send back before it goes (a message that could not be sent). */
export async function removeSend(state: AppState, id: string): Promise<void> {
  const db = await state.lock.db();
  const record = (await listOutbox(db)).find((r) => r.id === id);
  if (record?.seq !== undefined) await removeFromOutbox(db, record.seq);
  if (record?.endpoint === 'device.sendPhoto') await removeSentPhoto(state.lock, id);
  await engineFor(state).refresh();
}

/**
 * The person looked at Messages: nothing from the caseworker is new any more, and the
 * caseworker is told they have been read (a read receipt, through the outbox).
 */
export async function markMessagesSeen(state: AppState): Promise<void> {
  const thread = state.sync.thread.value ?? [];
  const before = state.sync.messagesSeenAt.value;
  const newest = thread
    .filter((m) => m.from === 'caseworker' && !m.pending)
    .map((m) => m.at)
    .sort()
    .at(-1);
  if (!newest || (before && Date.parse(before) >= Date.parse(newest))) return;
  state.sync.messagesSeenAt.value = newest;
  await writeMeta(await state.lock.db(), SEEN_META_KEY, newest);
  await enqueue(
    state.lock,
    {
      id: crypto.randomUUID(),
      kind: 'read',
      endpoint: 'device.readMessages',
      json: { upTo: newest },
    },
    now(state),
  );
  await afterEnqueue(state);
}

/**
 * On the unlinked screen, when the person asks: remove the old messages and the team's details
 * from this phone. The journal and the plans stay.
 */
export async function forgetTeam(state: AppState): Promise<void> {
  await forgetConnection(await state.lock.db(), PROFILE_META_KEY);
  state.profile.value = null;
  state.helpNow.value = null;
  state.sync.notice.value = t('forgotten');
  await engineFor(state).refresh();
}
