import type { SSEStreamingApi } from 'hono/streaming';
import type { Logger } from 'pino';
import { hoursOnCalendar, type ServiceCalendar } from '#shared/calendar';
import { isOpen } from '#shared/hours';
import type { LiveEvent } from '#shared/schemas/connect';
import type { Hours } from '#shared/schemas/hours';
import { ABSOLUTE_LIMIT_MS, IDLE_LIMIT_MS, type Staff } from '../auth/sessions';
import type { Db } from '../db/database';
import { findCaseworker } from '../db/tables/caseworkers.table';
import { findLiveSessions } from '../db/tables/sessions.table';
import { loadServiceCalendar } from '../calendar/service-calendar';
import { workingHours } from '../people/working-hours';
import type { BusMessage, LiveBus } from './bus';

/** A comment line every 25 s keeps proxies from closing a quiet stream. */
export const PING_MS = 25_000;
/** A console that stops reading (a frozen tab) is dropped rather than queued for ever. */
const MAX_PENDING_WRITES = 100;

interface Viewer {
  sessionId: string;
  caseworkerId: string;
  serviceId: string;
  lead: boolean;
  hours: Hours;
  /** The service's calendar: working hours close on its bank holidays and closures. */
  calendar: ServiceCalendar;
}

interface Connection {
  viewer: Viewer;
  stream: SSEStreamingApi;
  pending: number;
  close: () => void;
}

export interface StreamsDeps {
  db: Db;
  live: LiveBus;
  clock: () => Date;
  logger: Logger;
  pingMs?: number;
}

/**
 * The open `GET /api/events` streams of this instance. Each bus message is offered to every
 * stream; a stream passes on only what its caseworker may see (their own people; the lead:
 * the whole service), as a `LiveEvent` with `notify` set by their working hours now. One timer
 * pings every stream and ends those whose session has ended or expired.
 */
export class LiveStreams {
  readonly #connections = new Set<Connection>();
  readonly #deps: StreamsDeps;
  #unsubscribe: (() => void) | undefined;
  #pinger: ReturnType<typeof setInterval> | undefined;

  constructor(deps: StreamsDeps) {
    this.#deps = deps;
  }

  get size(): number {
    return this.#connections.size;
  }

  /**
   * Serve one stream until it ends (the console leaves, logs out, or the server stops). The
   * service calendar is read by the caller before the stream starts, so the stream is counted
   * from its first byte.
   */
  async serve(staff: Staff, stream: SSEStreamingApi, calendar: ServiceCalendar): Promise<void> {
    const { caseworker, session } = staff;
    const viewer: Viewer = {
      sessionId: session.id,
      caseworkerId: caseworker.id,
      serviceId: caseworker.service_id,
      lead: caseworker.role === 'lead',
      hours: workingHours(caseworker.working_hours),
      calendar,
    };
    let done: () => void = () => {};
    const ended = new Promise<void>((resolve) => {
      done = resolve;
    });
    const connection: Connection = {
      viewer,
      stream,
      pending: 0,
      close: () => {
        if (!this.#connections.delete(connection)) return;
        this.#stopIfIdle();
        done();
      },
    };
    stream.onAbort(connection.close);
    this.#connections.add(connection);
    this.#startIfNeeded();
    // Flushes the headers at once, so the console knows it is connected.
    this.#write(connection, 'retry: 3000\n: connected\n\n');
    await ended;
  }

  /** End every stream (graceful shutdown). */
  closeAll(): void {
    for (const connection of [...this.#connections]) connection.close();
  }

  #startIfNeeded() {
    if (!this.#unsubscribe) {
      this.#unsubscribe = this.#deps.live.subscribe((message) => this.#onMessage(message));
    }
    if (!this.#pinger) {
      this.#pinger = setInterval(() => void this.#ping(), this.#deps.pingMs ?? PING_MS);
      this.#pinger.unref();
    }
  }

  #stopIfIdle() {
    if (this.#connections.size > 0) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (this.#pinger) clearInterval(this.#pinger);
    this.#pinger = undefined;
  }

  #write(connection: Connection, text: string) {
    if (connection.pending >= MAX_PENDING_WRITES) {
      connection.close();
      return;
    }
    connection.pending++;
    void connection.stream.write(text).then(() => {
      connection.pending--;
    });
  }

  #onMessage(message: BusMessage) {
    switch (message.kind) {
      case 'live':
        return this.#deliver(message);
      case 'sessions-ended':
        for (const c of [...this.#connections]) {
          const v = c.viewer;
          if (v.caseworkerId !== message.caseworkerId) continue;
          if (message.sessionId && v.sessionId !== message.sessionId) continue;
          if (message.keep && v.sessionId === message.keep) continue;
          c.close();
        }
        return;
      case 'caseworker-changed':
        void this.#reloadHours(message.caseworkerId);
        return;
      case 'gap':
        // Events may have been missed: consoles reconnect and fetch everything again.
        this.closeAll();
        return;
      case 'device-revoked':
      case 'profile-changed':
      case 'caseload-changed':
        return;
    }
  }

  #deliver(message: Extract<BusMessage, { kind: 'live' }>) {
    const now = this.#deps.clock();
    for (const connection of this.#connections) {
      const v = connection.viewer;
      if (v.serviceId !== message.serviceId) continue;
      if (!v.lead && !message.caseworkerIds.includes(v.caseworkerId)) continue;
      const event: LiveEvent = {
        type: message.type,
        personId: message.personId,
        notify: !message.quiet && isOpen(hoursOnCalendar(v.hours, v.calendar, now), now),
        at: message.at,
      };
      this.#write(connection, `data: ${JSON.stringify(event)}\n\n`);
    }
  }

  async #reloadHours(caseworkerId: string) {
    const viewers = [...this.#connections].filter((c) => c.viewer.caseworkerId === caseworkerId);
    const first = viewers[0]?.viewer;
    if (!first) return;
    try {
      const row = await findCaseworker(this.#deps.db, first.serviceId, caseworkerId);
      if (!row) return;
      const calendar = await loadServiceCalendar(this.#deps.db, first.serviceId);
      for (const c of viewers) {
        c.viewer.hours = workingHours(row.working_hours);
        c.viewer.calendar = calendar;
      }
    } catch (err) {
      this.#deps.logger.warn({ err }, 'live events: could not re-read working hours');
    }
  }

  /** Ping every stream; end those whose session is over (without keeping it alive). */
  async #ping() {
    const connections = [...this.#connections];
    for (const c of connections) this.#write(c, ': ping\n\n');
    if (connections.length === 0) return;
    try {
      const ids = [...new Set(connections.map((c) => c.viewer.sessionId))];
      const live = await findLiveSessions(this.#deps.db, ids);
      const now = this.#deps.clock().getTime();
      for (const c of connections) {
        const s = live.get(c.viewer.sessionId);
        const expired =
          !s ||
          !s.active ||
          now - s.lastSeenAt.getTime() > IDLE_LIMIT_MS ||
          now - s.createdAt.getTime() > ABSOLUTE_LIMIT_MS;
        if (expired) c.close();
      }
    } catch (err) {
      this.#deps.logger.warn({ err }, 'live events: could not check sessions');
    }
  }

  /** Run the ping and session check now (tests move the clock instead of waiting 25 s). */
  async checkNow(): Promise<void> {
    await this.#ping();
  }
}
