import type { Context } from 'hono';
import type { RequestLimits } from '../config';
import { ApiProblem, describeWait } from '../problem';
import { requestCost } from './costs';

interface Bucket {
  tokens: number;
  /** When `tokens` was last worked out (ms on the limiter's clock). */
  at: number;
}

/** Past this many buckets, full ones (the same as none) are dropped on the next charge. */
const PRUNE_ABOVE = 10_000;

export const tooManyRequests = (retryAfterSeconds: number) =>
  new ApiProblem(
    429,
    'too_many_requests',
    `That is a lot at once. Please wait ${describeWait(retryAfterSeconds)} and try again.`,
    undefined,
    { 'Retry-After': String(retryAfterSeconds) },
  );

const retryAfterMs = (error: unknown) =>
  error instanceof ApiProblem ? Number(error.headers?.['Retry-After'] ?? 0) * 1000 : 0;

export const tooManyStreams = () =>
  new ApiProblem(
    429,
    'too_many_streams',
    'This sign-in has too many windows getting live updates. Close one and try again.',
    undefined,
    { 'Retry-After': '30' },
  );

/**
 * Fair shares of this instance for each phone (device token) and each staff session: a token
 * bucket per caller (LIMIT_REQUESTS_PER_SECOND, LIMIT_BURST), charged by what a request costs
 * (costs.ts), and a cap on open live-event streams per session (LIMIT_EVENT_STREAMS).
 *
 * Kept in this process, not in the database: what a flood uses up is this instance's event
 * loop and its database connections, and a shared counter would add a database write to every
 * request, the very load it is there to stop. With several instances behind a balancer a caller
 * may get up to that many shares in all, which still bounds what it takes from each one.
 */
export class RequestLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #streams = new Map<string, number>();
  readonly #limits: RequestLimits;
  readonly #now: () => number;

  constructor(limits: RequestLimits, now: () => number) {
    this.#limits = limits;
    this.#now = now;
  }

  /** Take `cost` from the caller's bucket, or throw a 429 saying how long until it would fit. */
  take(key: string, cost: number): void {
    const { perSecond, burst } = this.#limits;
    const now = this.#now();
    if (this.#buckets.size > PRUNE_ABOVE) this.#prune(now);
    const bucket = this.#buckets.get(key) ?? { tokens: burst, at: now };
    // A clock moved back (or a test's) never takes tokens away.
    const elapsed = Math.max(0, now - bucket.at) / 1000;
    const tokens = Math.min(burst, bucket.tokens + elapsed * perSecond);
    if (tokens < cost) {
      this.#buckets.set(key, { tokens, at: now });
      throw tooManyRequests(Math.max(1, Math.ceil((cost - tokens) / perSecond)));
    }
    this.#buckets.set(key, { tokens: tokens - cost, at: now });
  }

  /**
   * `take` with what this request costs (see costs.ts). A refusal is answered only after a
   * pause (LIMIT_REFUSAL_DELAY_MS, never longer than Retry-After): a caller that ignores
   * Retry-After and asks again at once then asks about once a second per connection, not
   * hundreds of times, and a waiting answer costs a timer, not the event loop.
   */
  async charge(key: string, c: Context): Promise<void> {
    try {
      this.take(key, requestCost(c.req.method, c.req.path, c.req.query('since')));
    } catch (error) {
      const pause = Math.min(this.#limits.refusalDelayMs, retryAfterMs(error));
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
      throw error;
    }
  }

  /**
   * Count one more open stream for this session; the returned function counts it closed.
   * Throws a 429 when the session already has as many as it may.
   */
  openStream(sessionId: string): () => void {
    const open = this.#streams.get(sessionId) ?? 0;
    if (open >= this.#limits.eventStreams) throw tooManyStreams();
    this.#streams.set(sessionId, open + 1);
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      const left = (this.#streams.get(sessionId) ?? 1) - 1;
      if (left > 0) this.#streams.set(sessionId, left);
      else this.#streams.delete(sessionId);
    };
  }

  #prune(now: number) {
    const { perSecond, burst } = this.#limits;
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * perSecond >= burst) {
        this.#buckets.delete(key);
      }
    }
  }
}
