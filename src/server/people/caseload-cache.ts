import type { BusMessage } from '../live/bus';

interface Entry {
  serviceId: string;
  /** The answer as sent: JSON text, so a hit is neither re-read nor re-serialised. */
  body: string;
  cachedAt: number;
}

/** What a cached answer is keyed by: whose view, on which London day, of what. */
export interface CaseloadKey {
  serviceId: string;
  caseworkerId: string;
  role: string;
  /** The London day of the request: cover and "away today" change at midnight. */
  day: string;
  /** `list` (the caseload) or a person's id (one person's summary). */
  what: string;
}

/**
 * Caseworkers' caseload reads (`GET /api/people`, `GET /api/people/:id`) answered without a
 * query. Each answer is kept exactly as the database path made it, for the member of staff who
 * asked, their role and the London day, so a cover sees a person only on the days they cover
 * them and authorisation is never worked out from the cache: a refusal is never kept. Anything
 * that changes what a caseload shows is announced on the live bus after it commits (a `live`
 * event about one of the service's people, `caseload-changed` for new people and leave), and
 * drops every answer of that service, on the instance that wrote before it answers and on the
 * others as soon as they hear; a `gap` drops them all. A read that started before a drop is not
 * kept (the generation check), callers bypass the cache while the bus is not `reliable()`, and
 * an answer is kept for at most `ttlMs`, which bounds how stale another instance can be if an
 * announcement could not be sent.
 */
export class CaseloadCache {
  readonly #entries = new Map<string, Entry>();
  readonly #byService = new Map<string, Set<string>>();
  readonly #serviceGenerations = new Map<string, number>();
  #generation = 0;

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 20_000,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  /** Note this before reading the database; pass it to `set`. */
  generation(serviceId: string): string {
    return `${this.#generation}.${this.#serviceGenerations.get(serviceId) ?? 0}`;
  }

  get(key: CaseloadKey, now: number): string | undefined {
    const id = keyOf(key);
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (now - entry.cachedAt > this.ttlMs || now < entry.cachedAt) {
      this.#remove(id, entry.serviceId);
      return undefined;
    }
    return entry.body;
  }

  /** Keep an answer read from the database, unless the service changed since `generation`. */
  set(key: CaseloadKey, body: string, generation: string, now: number): void {
    if (generation !== this.generation(key.serviceId)) return;
    const id = keyOf(key);
    this.#entries.delete(id);
    this.#entries.set(id, { serviceId: key.serviceId, body, cachedAt: now });
    let keys = this.#byService.get(key.serviceId);
    if (!keys) this.#byService.set(key.serviceId, (keys = new Set()));
    keys.add(id);
    if (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.entries().next();
      if (!oldest.done) this.#remove(oldest.value[0], oldest.value[1].serviceId);
    }
  }

  /** Something a caseload shows changed in this service (it has committed). */
  serviceChanged(serviceId: string): void {
    this.#serviceGenerations.set(serviceId, (this.#serviceGenerations.get(serviceId) ?? 0) + 1);
    const keys = this.#byService.get(serviceId);
    if (!keys) return;
    for (const id of keys) this.#entries.delete(id);
    this.#byService.delete(serviceId);
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
    this.#byService.clear();
  }

  /** Listen to this on the live bus (and apply a message here before publishing it). */
  onMessage(message: BusMessage): void {
    if (message.kind === 'live' || message.kind === 'caseload-changed') {
      this.serviceChanged(message.serviceId);
    } else if (message.kind === 'gap') {
      this.clear();
    }
  }

  #remove(id: string, serviceId: string): void {
    this.#entries.delete(id);
    const keys = this.#byService.get(serviceId);
    keys?.delete(id);
    if (keys?.size === 0) this.#byService.delete(serviceId);
  }
}

const keyOf = (k: CaseloadKey) => `${k.serviceId} ${k.caseworkerId} ${k.role} ${k.day} ${k.what}`;
