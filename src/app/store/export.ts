import type { JournalDraft, JournalEntry } from '#shared/schemas/journal';
import type { Message } from '#shared/schemas/message';
import type { CheckIn } from '#shared/schemas/wellbeing';
import { listCheckIns } from './check-ins';
import type { Vault } from './vault';
import { listEntries } from './entries';
import {
  isBoxSlot,
  isJournalDraftKey,
  loadBoxDraft,
  loadDraft,
  type BoxDraft,
  type BoxSlot,
} from './drafts';
import { dataUrlOf } from './base64';
import { listHopeItems } from './hope';
import { listMessages } from './messages';
import { readSentPhotos } from './sent-photos';
import { loadPlans, type PlansRead } from './plan';

/** Everything the person has on this phone, readable, for "Export all my data". */
export interface ExportData {
  app: 'hiu-companion';
  exportedAt: string;
  entries: JournalEntry[];
  /** Journal drafts, by the id of the entry each becomes or changes. */
  drafts: { slot: string; draft: JournalDraft }[];
  /** Words left in other boxes: a message not sent, a plan not saved. */
  boxes: { slot: BoxSlot; draft: BoxDraft }[];
  plans: PlansRead;
  /**
   * Messages with the caseworker kept on this phone, oldest first. A photo the person sent has
   * the phone's copy as a `data:` URL (it opens in any browser: paste it into the address bar).
   */
  messages: (Message & { photoDataUrl?: string })[];
  /** The hope box, newest first; each photo as a `data:` URL, like a sent photo. */
  hopeBox: { id: string; createdAt: string; note: string; photoDataUrl: string | null }[];
  /** Wellbeing check-ins kept on this phone, oldest first. */
  checkIns: CheckIn[];
  /** Records that could not be read, as stored (encrypted bytes in base64). */
  keptAside: { from: string; key: string; reason: string; keptAt: string; record: unknown }[];
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Binary fields become base64 strings so nothing is lost in JSON. */
function jsonSafe(value: unknown): unknown {
  if (value instanceof ArrayBuffer) return { base64: toBase64(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) {
    return { base64: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
  }
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  }
  return value;
}

/** Collect the export. Needs the app unlocked when a lock is set. */
export async function collectExport(vault: Vault, now = new Date()): Promise<ExportData> {
  const db = await vault.db();
  const { entries } = await listEntries(vault);
  const slots = await db.getAllKeys('drafts');
  const drafts: ExportData['drafts'] = [];
  const boxes: ExportData['boxes'] = [];
  for (const slot of slots) {
    if (isBoxSlot(slot)) {
      const draft = await loadBoxDraft(vault, slot);
      if (draft) boxes.push({ slot, draft });
    } else if (isJournalDraftKey(slot)) {
      const draft = await loadDraft(vault, slot);
      if (draft) drafts.push({ slot, draft });
    }
  }
  const plans = await loadPlans(vault);
  const messages = await listMessages(vault);
  const sent = await readSentPhotos(
    vault,
    messages.filter((m) => m.photo && m.from === 'person').map((m) => m.id),
  );
  const hope = await listHopeItems(vault);
  const checkIns = await listCheckIns(vault);
  const aside = await db.getAll('aside');
  return {
    app: 'hiu-companion',
    exportedAt: now.toISOString(),
    entries,
    drafts,
    boxes,
    plans,
    messages: messages.map((m) => {
      const photo = sent.get(m.id);
      return photo ? { ...m, photoDataUrl: dataUrlOf(photo.type, photo.data) } : m;
    }),
    hopeBox: hope.map(({ id, createdAt, note, photo }) => ({
      id,
      createdAt,
      note,
      photoDataUrl: photo ? dataUrlOf(photo.type, photo.data) : null,
    })),
    checkIns,
    keptAside: aside.map(({ from, key, reason, keptAt, record }) => ({
      from,
      key,
      reason,
      keptAt,
      record: jsonSafe(record),
    })),
  };
}

/** The export as a JSON file the browser downloads. */
export function exportFile(data: ExportData): File {
  const day = data.exportedAt.slice(0, 10);
  return new File([JSON.stringify(data, null, 2)], `my-journal-${day}.json`, {
    type: 'application/json',
  });
}
