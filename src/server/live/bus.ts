import { z } from 'zod';
import { Id, Instant } from '#shared/schemas/common';
import { LiveEvent } from '#shared/schemas/connect';

/**
 * What travels between requests and server instances. On PGlite (one process) an in-process
 * emitter; on PostgreSQL `NOTIFY hiu_events` with every instance LISTENing (postgres-bus.ts).
 * Ids only, never content: a NOTIFY payload is visible to anyone who can LISTEN.
 */
export const BusMessage = z.discriminatedUnion('kind', [
  /** Something happened to a person; consoles allowed to see them get a LiveEvent. */
  z.object({
    kind: z.literal('live'),
    type: LiveEvent.shape.type,
    serviceId: Id,
    personId: Id,
    /**
     * The person's caseworker (two on a reassignment) and whoever covers them today while their
     * caseworker is on leave; the service's lead sees every event.
     */
    caseworkerIds: z.array(Id).max(4),
    /** Nobody needs notifying: staff did it themselves (a reply), or it is only a read mark. */
    quiet: z.boolean(),
    at: Instant,
  }),
  /** Sessions ended (logout, password change): their event streams close. */
  z.object({
    kind: z.literal('sessions-ended'),
    caseworkerId: Id,
    /** Only this session; or every session of the caseworker except `keep`. */
    sessionId: Id.optional(),
    keep: Id.optional(),
  }),
  /** A caseworker changed their working hours: streams re-read them for `notify`. */
  z.object({ kind: z.literal('caseworker-changed'), caseworkerId: Id }),
  /**
   * What a caseload shows changed without anything happening to one person that consoles hear
   * of (a new person, leave and its cover): cached caseload reads of the service are dropped.
   */
  z.object({ kind: z.literal('caseload-changed'), serviceId: Id }),
  /** A phone was unlinked: forget anything cached about its token. */
  z.object({ kind: z.literal('device-revoked'), deviceId: Id }),
  /** What these people's phones show has changed: cached token checks carry an old version. */
  z.object({ kind: z.literal('profile-changed'), personIds: z.array(Id).max(200) }),
  /**
   * Not sent by anyone: the bus says it may have missed messages (its LISTEN connection was
   * lost). Everything cached from messages is dropped and event streams close (consoles refetch).
   */
  z.object({ kind: z.literal('gap') }),
]);
export type BusMessage = z.infer<typeof BusMessage>;

export type BusListener = (message: BusMessage) => void;

export interface LiveBus {
  /** Send to every instance (this one included), after the write it tells of has committed. */
  publish(message: BusMessage): Promise<void>;
  /** Listen; returns the function that stops listening. */
  subscribe(listener: BusListener): () => void;
  /** Resolves once messages from other instances will arrive. */
  ready(): Promise<void>;
  /** True while every message is being heard (caches may trust it); false while reconnecting. */
  reliable(): boolean;
  close(): Promise<void>;
}

/** Call every listener; one throwing must not stop the others. */
export function dispatch(listeners: Iterable<BusListener>, message: BusMessage): void {
  for (const listener of [...listeners]) {
    try {
      listener(message);
    } catch {
      // A listener's own problem (a closed stream); the others still get the message.
    }
  }
}

/** The bus for one process (PGlite): listeners are called on the next tick. */
export function createLocalBus(): LiveBus {
  const listeners = new Set<BusListener>();
  return {
    publish: async (message) => {
      const checked = BusMessage.parse(message);
      queueMicrotask(() => dispatch(listeners, checked));
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: async () => {},
    reliable: () => true,
    close: async () => {
      listeners.clear();
    },
  };
}
