import type { Logger } from 'pino';
import { PushPayload } from '#shared/schemas/connect';
import type { Db } from '../db/database';
import {
  claimPushJobs,
  deletePushJob,
  retryPushJobAt,
  type PushJobRow,
} from '../db/tables/push-jobs.table';
import {
  deletePushSubscription,
  findPushSubscriptions,
  type PushSubscriptionRow,
} from '../db/tables/push-subscriptions.table';
import { buildPushRequest, type PushTransport } from './transport';
import type { VapidKeys } from './vapid';

export interface PushWorkerDeps {
  db: Db;
  clock: () => Date;
  logger: Logger;
  transport: PushTransport;
  vapid: () => Promise<VapidKeys>;
}

export interface PushWorkerOptions {
  /** Jobs claimed (and sent in parallel) at a time. */
  batch?: number;
  /** Tries before giving up on a job. */
  maxAttempts?: number;
  /** How long a claimed job is ours before another instance may take it over. */
  leaseMs?: number;
  /** How often to look for jobs made by other instances or due for a retry. */
  pollMs?: number;
  /** Longest wait for the push service to answer. */
  timeoutMs?: number;
}

/** 10 s, 20 s, 40 s ... at most an hour. */
export function pushBackoffMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

type Outcome = 'sent' | 'gone' | 'retry' | 'given-up';

/**
 * Sends the `push_jobs` queue. Any instance can: jobs are claimed with FOR UPDATE SKIP LOCKED
 * and a lease (see claimPushJobs). Success deletes the job; 404/410 deletes the subscription (the
 * phone unsubscribed); a network failure, 429 or 5xx is retried with back-off up to
 * `maxAttempts`; other answers are given up on (and logged without the endpoint).
 */
export class PushWorker {
  readonly #deps: PushWorkerDeps;
  readonly #batch: number;
  readonly #maxAttempts: number;
  readonly #leaseMs: number;
  readonly #pollMs: number;
  readonly #timeoutMs: number;
  #running: Promise<void> | undefined;
  #again = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  #stopped = false;

  constructor(deps: PushWorkerDeps, options: PushWorkerOptions = {}) {
    this.#deps = deps;
    this.#batch = options.batch ?? 20;
    this.#maxAttempts = options.maxAttempts ?? 6;
    this.#leaseMs = options.leaseMs ?? 60_000;
    this.#pollMs = options.pollMs ?? 5_000;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Work the queue soon (after a job was added). Cheap to call often. */
  kick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#runUntilIdle().finally(() => {
      this.#running = undefined;
    });
  }

  /** Send everything due now and wait for it (tests, the e2e clock). */
  async drain(): Promise<void> {
    this.kick();
    while (this.#running) await this.#running;
  }

  /** Poll for jobs from other instances and retries that have come due. */
  start(): void {
    if (this.#timer || this.#stopped) return;
    this.#timer = setInterval(() => this.kick(), this.#pollMs);
    this.#timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    while (this.#running) await this.#running;
  }

  async #runUntilIdle(): Promise<void> {
    try {
      do {
        this.#again = false;
        while (!this.#stopped && (await this.runOnce()) > 0) {
          // Keep going while there is work.
        }
      } while (this.#again && !this.#stopped);
    } catch (err) {
      this.#deps.logger.warn({ err }, 'push: working the queue failed; will try again');
    }
  }

  /** Claim one batch and send it; returns how many jobs were claimed. */
  async runOnce(): Promise<number> {
    const { db, clock } = this.#deps;
    const jobs = await claimPushJobs(db, clock(), this.#batch, this.#leaseMs);
    if (jobs.length === 0) return 0;
    const subscriptions = new Map(
      (await findPushSubscriptions(db, [...new Set(jobs.map((j) => j.subscription_id))])).map(
        (s) => [s.id, s],
      ),
    );
    const keys = await this.#deps.vapid();
    await Promise.all(
      jobs.map(async (job) => {
        const subscription = subscriptions.get(job.subscription_id);
        if (!subscription || subscription.service_id !== job.service_id) {
          await deletePushJob(db, job.id);
          return;
        }
        const outcome = await this.#send(job, subscription, keys);
        if (outcome === 'given-up') {
          this.#deps.logger.warn(
            { kind: job.kind, attempts: job.attempts, error: job.last_error },
            'push: given up',
          );
        }
      }),
    );
    return jobs.length;
  }

  async #send(job: PushJobRow, sub: PushSubscriptionRow, keys: VapidKeys): Promise<Outcome> {
    const { db, clock, transport } = this.#deps;
    const now = clock();
    // Checked again on the way out: whatever is in the table, only { kind, url } leaves.
    const payload = PushPayload.safeParse(job.payload);
    if (!payload.success) {
      await deletePushJob(db, job.id);
      return 'given-up';
    }
    const ttl = (job.expires_at.getTime() - now.getTime()) / 1000;
    let status = 0;
    let retryAfterSeconds: number | undefined;
    let error: string;
    try {
      const request = buildPushRequest(sub, payload.data, keys, ttl);
      const answer = await transport(request, AbortSignal.timeout(this.#timeoutMs));
      status = answer.status;
      retryAfterSeconds = answer.retryAfterSeconds;
      error = `status ${status}`;
    } catch (err) {
      error = err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'network';
    }
    if (status >= 200 && status < 300) {
      await deletePushJob(db, job.id);
      return 'sent';
    }
    if (status === 404 || status === 410) {
      await deletePushSubscription(db, sub.service_id, sub.id);
      this.#deps.logger.info({ status }, 'push: subscription gone; removed');
      return 'gone';
    }
    const retryable = status === 0 || status === 429 || status >= 500;
    if (retryable && job.attempts < this.#maxAttempts) {
      const wait = Math.max(pushBackoffMs(job.attempts), (retryAfterSeconds ?? 0) * 1000);
      await retryPushJobAt(db, job.id, new Date(now.getTime() + wait), error);
      return 'retry';
    }
    await deletePushJob(db, job.id);
    job.last_error = error;
    return 'given-up';
  }
}
