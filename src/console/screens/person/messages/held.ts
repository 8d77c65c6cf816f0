import type { Message } from '#shared/schemas/message';
import { nhsWhen } from '#shared/time-words';

/**
 * A message the person sent outside their agreed hours that is still held: the caseworker may
 * see it, but it is never "new", never counted as unread and never marked read before the
 * agreed hours begin (the person has been told when it will be read).
 */
export function isHeld(message: Message, now: Date = new Date()): boolean {
  return (
    message.from === 'person' &&
    // Released by the server: no longer held, whatever this computer's clock says.
    message.delivered !== true &&
    message.readAt === null &&
    message.heldUntil !== null &&
    Date.parse(message.heldUntil) > now.getTime()
  );
}

/** "Sent outside your agreed hours: Pat has been told you will read it from 9am." */
export function heldWords(message: Message, personName: string, now: Date = new Date()): string {
  const from = message.heldUntil ? nhsWhen(new Date(message.heldUntil), now) : 'the next opening';
  return `Sent outside your agreed hours: ${personName} has been told you will read it from ${from}.`;
}
