import { NotifyClient } from 'notifications-node-client';
import type { TextsConfig } from '../config';

/** The only words any text says. The Notify template holds them; nothing of ours is added. */
export const TEXT_WORDS = 'You have a new message from your support team. Open the app to read it.';

/** What became of one text. */
export type TextOutcome =
  | { kind: 'sent'; notifyId: string }
  /** Surely not sent (no connection, or Notify said try later): may be tried again. */
  | { kind: 'retry'; error: string }
  /** Notify refused it (a bad number, key or template): trying again will not help. */
  | { kind: 'failed'; error: string }
  /** No answer in time: it may have gone, so it is never sent again. */
  | { kind: 'unknown'; error: string };

/** Sends one text to `to` (+447...); `reference` is our id for it, never anything personal. */
export type TextSender = (to: string, reference: string) => Promise<TextOutcome>;

/** Network failures that mean the request never reached Notify. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

const NotifyAnswer = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string'
    ? value.id
    : null;

/**
 * GOV.UK Notify's official client. Only the template id, the number and our reference are sent:
 * no personalisation, so no name or words of a message can reach a text. The outcome keeps only
 * statuses and error codes: Notify's error bodies and the client's errors can echo the number.
 */
export function notifySender(config: TextsConfig, timeoutMs = 15_000): TextSender {
  const client = new NotifyClient(config.baseUrl, config.apiKey);
  return async (to, reference) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), timeoutMs);
    });
    try {
      const answer = await Promise.race([
        client.sendSms(config.templateId, to, { reference }),
        late,
      ]);
      if (answer === 'late') return { kind: 'unknown', error: 'timeout' };
      const id = NotifyAnswer(answer.data);
      return id ? { kind: 'sent', notifyId: id } : { kind: 'unknown', error: 'no id in answer' };
    } catch (err) {
      return outcomeOfError(err);
    } finally {
      clearTimeout(timer);
    }
  };
}

function outcomeOfError(err: unknown): TextOutcome {
  const e = typeof err === 'object' && err !== null ? (err as Record<string, unknown>) : {};
  const response = typeof e.response === 'object' && e.response !== null ? e.response : null;
  const status =
    response && 'status' in response && typeof response.status === 'number' ? response.status : 0;
  if (status === 429 || status >= 500) return { kind: 'retry', error: `status ${status}` };
  if (status > 0) return { kind: 'failed', error: `status ${status}` };
  const code = typeof e.code === 'string' ? e.code : 'network';
  return NOT_CONNECTED.has(code)
    ? { kind: 'retry', error: code }
    : { kind: 'unknown', error: code };
}
