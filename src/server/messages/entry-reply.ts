import { entryReplyOpening } from '#shared/entry-reply';
import { JournalEntry } from '#shared/schemas/journal';
import { findSharedEntry } from '../db/tables/shared-entries.table';
import type { Runtime } from '../runtime';
import { invalidField, notFound } from '../problem';

/** The longest a message can be (the reply contract's limit), opening included. */
const MESSAGE_MAX = 2000;

/**
 * The words of a reply to a shared entry: the opening that names the day it was written, then
 * the caseworker's words. An entry the person has taken back can no longer be replied to.
 */
export async function replyBodyAboutEntry(
  rt: Pick<Runtime, 'db' | 'clock'>,
  person: { id: string; service_id: string },
  entryId: string,
  words: string,
): Promise<string> {
  const shared = await findSharedEntry(rt.db, person.service_id, person.id, entryId);
  if (!shared) throw notFound('That shared entry');
  const entry = JournalEntry.parse(shared.entry);
  const body = `${entryReplyOpening(new Date(entry.createdAt), rt.clock())}${words}`;
  if (body.length > MESSAGE_MAX) {
    const room = MESSAGE_MAX - (body.length - words.length);
    throw invalidField('body', `A reply to an entry can be up to ${room} characters`);
  }
  return body;
}
