import { sql } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Db } from '../db/database';
import { BusMessage, dispatch, type BusListener, type LiveBus } from './bus';

export const CHANNEL = 'hiu_events';
const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 10_000;

/**
 * Tell every running instance, from any process that can reach the database (a server, or the
 * admin command line): the same NOTIFY the bus publishes.
 */
export async function notifyInstances(db: Db, message: BusMessage): Promise<void> {
  const payload = JSON.stringify(BusMessage.parse(message));
  await sql`select pg_notify(${CHANNEL}, ${payload})`.execute(db);
}

/**
 * The bus across instances on PostgreSQL. Publishing is `pg_notify` through the pool; each
 * instance keeps one dedicated connection that LISTENs (a pooled connection cannot: it is
 * handed to other queries). An instance hears its own messages that way too, so every instance
 * sees every message exactly once, in commit order. If the listening connection drops, it
 * reconnects with back-off and then reports a `gap` (messages sent meanwhile were missed).
 */
export function createPostgresBus(options: {
  connectionString: string;
  db: Db;
  logger: Logger;
}): LiveBus {
  const { connectionString, db, logger } = options;
  const listeners = new Set<BusListener>();
  let client: pg.Client | undefined;
  let closed = false;
  let connectedBefore = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let markReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  function onNotification(n: pg.Notification) {
    if (n.channel !== CHANNEL || !n.payload) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(n.payload);
    } catch {
      return;
    }
    const message = BusMessage.safeParse(parsed);
    if (message.success) dispatch(listeners, message.data);
    else logger.warn('a live event on the bus did not fit the schema; ignored');
  }

  function scheduleReconnect() {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
  }

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString, application_name: 'hiu-listener' });
    let failed = false;
    const lost = (err?: unknown) => {
      if (failed) return;
      failed = true;
      if (client === next) client = undefined;
      next.removeAllListeners('notification');
      next.end().catch(() => undefined);
      if (!closed) {
        logger.warn({ err }, 'live events: lost the LISTEN connection; reconnecting');
        scheduleReconnect();
      }
    };
    next.on('error', lost);
    next.on('end', () => lost());
    next.on('notification', onNotification);
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      lost(err);
      return;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    retryMs = FIRST_RETRY_MS;
    if (connectedBefore) dispatch(listeners, { kind: 'gap' });
    connectedBefore = true;
    markReady();
  }

  void connect();

  return {
    publish: (message) => notifyInstances(db, message),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: () => readyPromise,
    reliable: () => client !== undefined,
    close: async () => {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      listeners.clear();
      const current = client;
      client = undefined;
      if (current) {
        current.removeAllListeners();
        current.on('error', () => undefined);
        await current.end().catch(() => undefined);
      }
      markReady();
    },
  };
}
