import { describeWhen } from '#shared/time-words';
import { catalogue } from '#shared/i18n';
import type { ThreadItem } from '../../state/sync';
import messages from './messages.messages.json' with { type: 'json' };

/** The Messages screen's words: one catalogue for the screen, its parts and these functions. */
export const t = catalogue('messages', messages);

/**
 * The state of a message the person sent, in plain words: "Waiting to send", "Waiting for
 * Sam's hours", "Sent to Sam", "Sam has read this".
 */
export function messageStatus(item: ThreadItem, name: string, now: Date): string {
  if (item.failed) return t('failed');
  if (item.pending) return t('pending');
  if (item.heldUntil && Date.parse(item.heldUntil) > now.getTime()) {
    return t('held', { name, when: describeWhen(new Date(item.heldUntil), now) });
  }
  if (item.readAt) return t('read', { name });
  return t('sent', { name });
}

/** What a screen reader hears when new messages from the caseworker arrive. */
export function arrivalWords(items: readonly ThreadItem[], name: string): string {
  if (items.length === 0) return '';
  if (items.length === 1) return t('newOne', { name, body: items[0]?.body ?? '' });
  return t('newMany', { count: items.length, name });
}

/**
 * Under a reply the caseworker sent outside the person's agreed hours. A reply is only ever a
 * reply: it never says (or implies) that a message still waiting has been read.
 */
export function replyStatus(name: string): string {
  return t('replyOutside', { name });
}
