import { Message } from '#shared/schemas/message';
import type { Vault } from './vault';
import { keepAside } from './aside';
import { contextOf, LockedError } from './body';
import type { MessageRecord } from './db';

/**
 * Save messages from the server (new ones and changed ones: read, released). Their words are
 * sealed like the journal when a lock is set, so this needs the app unlocked then.
 */
export async function saveMessages(vault: Vault, messages: Message[]): Promise<void> {
  if (messages.length === 0) return;
  const codec = vault.codec();
  const records: MessageRecord[] = [];
  for (const message of messages) {
    const body = await codec.encode(message, contextOf('messages', message.id));
    records.push({ id: message.id, sentAt: message.sentAt, body });
  }
  const db = await vault.db();
  const tx = db.transaction('messages', 'readwrite', { durability: 'strict' });
  for (const record of records) void tx.store.put(record);
  await tx.done;
}

/** The whole thread, oldest first. Throws `LockedError` while locked. */
export async function listMessages(vault: Vault): Promise<Message[]> {
  const db = await vault.db();
  const records = await db.getAllFromIndex('messages', 'by-sent');
  const codec = vault.codec();
  const messages: Message[] = [];
  const bad: { key: string; reason: string }[] = [];
  for (const record of records) {
    try {
      const parsed = Message.safeParse(
        await codec.decode(record.body, contextOf('messages', record.id)),
      );
      if (parsed.success && parsed.data.id === record.id) messages.push(parsed.data);
      else bad.push({ key: record.id, reason: 'did not match the message schema' });
    } catch (error) {
      if (error instanceof LockedError) throw error;
      bad.push({ key: record.id, reason: 'could not be decrypted' });
    }
  }
  await keepAside(db, 'messages', bad);
  return messages;
}
