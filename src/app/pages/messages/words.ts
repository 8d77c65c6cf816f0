import { describeWhen } from '#shared/time-words';
import type { ThreadItem } from '../../state/sync';

/**
 * The state of a message the person sent, in plain words: "Waiting to send", "Waiting for
 * Sam's hours", "Sent to Sam", "Sam has read this".
 */
export function messageStatus(item: ThreadItem, name: string, now: Date): string {
  if (item.failed) return 'This message did not send.';
  if (item.pending) return 'Waiting to send';
  if (item.heldUntil && Date.parse(item.heldUntil) > now.getTime()) {
    return `Waiting for ${name}’s hours. ${name} will read this from ${describeWhen(new Date(item.heldUntil), now)}.`;
  }
  if (item.readAt) return `${name} has read this`;
  return `Sent to ${name}`;
}

/** What a screen reader hears when new messages from the caseworker arrive. */
export function arrivalWords(items: readonly ThreadItem[], name: string): string {
  if (items.length === 0) return '';
  if (items.length === 1) return `New message from ${name}: ${items[0]?.body ?? ''}`;
  return `${items.length} new messages from ${name}.`;
}

/**
 * Under a reply the caseworker sent outside the person's agreed hours. A reply is only ever a
 * reply: it never says (or implies) that a message still waiting has been read.
 */
export function replyStatus(name: string): string {
  return `${name} sent this outside your agreed hours.`;
}
