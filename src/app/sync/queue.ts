import type { AppState } from '../state';
import { enqueue, type OutboxRequest } from '../store/outbox';
import { askForBackgroundSync } from './background';
import { engineFor } from './engine';

/*
 * Putting a new send in the outbox on disk first (with an id made on the phone, so a retry is
 * safe), then showing it at once and sending it when there is signal.
 */

export const now = (state: AppState) => engineFor(state).deps.now();

/** An outbox request but for its id (made here); distributes over the endpoints. */
export type NewSend = OutboxRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

export async function send(state: AppState, request: NewSend): Promise<void> {
  await enqueue(state.lock, { ...request, id: crypto.randomUUID() } as OutboxRequest, now(state));
}

export async function afterEnqueue(state: AppState): Promise<void> {
  const engine = engineFor(state);
  await engine.refresh();
  void askForBackgroundSync();
  void engine.run();
}
