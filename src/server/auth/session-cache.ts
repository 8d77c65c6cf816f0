import type { BusMessage } from '../live/bus';
import type { SignedIn } from './sessions';

interface Entry {
  staff: SignedIn;
  cachedAt: number;
}

/**
 * Console session checks without a query: cookie token hash → the session and its caseworker,
 * kept for a few seconds. Whatever would make an entry wrong arrives on the live bus from every
 * instance right after it commits, and this instance applies it before it answers: ended
 * sessions (`sessions-ended`: sign-out, password change) and a changed caseworker
 * (`caseworker-changed`) drop every entry of that caseworker; a `gap` drops them all. A lookup
 * that started before an invalidation is not kept (the generation check), and callers bypass the
 * cache while the bus is not `reliable()`. Expiry is checked on every request from the cached
 * times, so an idle or too-old session still ends on time.
 */
export class SessionCache {
  readonly #entries = new Map<string, Entry>();
  #generation = 0;

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 5_000,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  /** Note the generation before reading the database; pass it to `set`. */
  generation(): number {
    return this.#generation;
  }

  /** A copy of the cached session, so a request's changes never leak into the cache. */
  get(tokenHash: string, now: number): SignedIn | undefined {
    const entry = this.#entries.get(tokenHash);
    if (!entry) return undefined;
    if (now - entry.cachedAt > this.ttlMs || now < entry.cachedAt) {
      this.#entries.delete(tokenHash);
      return undefined;
    }
    return { session: { ...entry.staff.session }, caseworker: { ...entry.staff.caseworker } };
  }

  /** Keep a live session read from the database, unless something changed since `generation`. */
  set(tokenHash: string, staff: SignedIn, generation: number, now: number): void {
    if (generation !== this.#generation || !staff.caseworker.active) return;
    this.#entries.delete(tokenHash);
    const copy = { session: { ...staff.session }, caseworker: { ...staff.caseworker } };
    this.#entries.set(tokenHash, { staff: copy, cachedAt: now });
    if (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }

  /** The session's `last_seen_at` was just written. */
  touched(tokenHash: string, at: Date): void {
    const entry = this.#entries.get(tokenHash);
    if (entry) entry.staff.session.last_seen_at = at;
  }

  /** The session is gone (expired, or its caseworker is inactive). */
  delete(tokenHash: string): void {
    this.#generation++;
    this.#entries.delete(tokenHash);
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }

  /** Listen to this on the live bus. */
  onMessage(message: BusMessage): void {
    if (message.kind === 'gap') {
      this.clear();
      return;
    }
    if (message.kind !== 'sessions-ended' && message.kind !== 'caseworker-changed') return;
    this.#generation++;
    for (const [hash, entry] of this.#entries) {
      if (entry.staff.caseworker.id === message.caseworkerId) this.#entries.delete(hash);
    }
  }
}
