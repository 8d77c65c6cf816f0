import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { consentOn } from '#shared/consent';
import { londonDate } from '#shared/london';
import { isQuiet, textSendTime, type QuietHours } from '#shared/quiet-hours';
import { audit } from '../audit/audit';
import type { TextsConfig } from '../config';
import type { Db } from '../db/database';
import { listConsent } from '../db/tables/consent.table';
import { findMessageById } from '../db/tables/messages.table';
import {
  claimTextJobs,
  deleteTextJob,
  findTextNumber,
  finishTextSend,
  forgetTextSend,
  lastTextAt,
  lockPersonTexts,
  rescheduleTextJob,
  startTextSend,
  type TextJobRow,
} from '../db/tables/texts.table';
import { openNumber } from './number-seal';
import type { TextSender } from './notify';

export interface TextWorkerDeps {
  db: Db;
  clock: () => Date;
  logger: Logger;
  config: TextsConfig;
  send: TextSender;
}

/** 1, 2, 4 ... minutes, at most an hour. */
export function textBackoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

/** Why a job ended without a text, or what it waits for (logged as a word, never a number). */
type Step =
  | { kind: 'drop'; why: string }
  | { kind: 'later'; at: Date; why: string }
  | { kind: 'send'; number: string; sendId: string };

const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 6;

/**
 * Sends the `text_jobs` queue: a text for each caseworker reply still unread after the delay
 * (at once when no linked phone has a working push subscription). Every check is made again
 * when the text is due: the reply still unread, texts agreed in the consent record today, a
 * number, not in the person's quiet hours (then it waits for their end), and the rate limit (a
 * text already sent after this reply covers it; one within SMS_MIN_GAP_MINUTES makes it wait).
 * The checks and the start of the send happen under the person's text lock, and a reply has
 * at most one `text_sends` line, so several instances send one text per reply at most.
 */
export class TextWorker {
  readonly #deps: TextWorkerDeps;
  #running: Promise<void> | undefined;
  #again = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  #stopped = false;

  constructor(deps: TextWorkerDeps) {
    this.#deps = deps;
  }

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

  /** The sweep: look for jobs that have come due, whichever instance queued them. */
  start(): void {
    if (this.#timer || this.#stopped) return;
    this.#timer = setInterval(() => this.kick(), this.#deps.config.pollMs);
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
      this.#deps.logger.warn({ err }, 'texts: working the queue failed; will try again');
    }
  }

  /** Claim one batch and work it, one job at a time; returns how many were claimed. */
  async runOnce(): Promise<number> {
    const { db, clock } = this.#deps;
    const jobs = await claimTextJobs(db, clock(), 10, LEASE_MS);
    for (const job of jobs) await this.#work(job);
    return jobs.length;
  }

  async #work(job: TextJobRow): Promise<void> {
    const { db, clock, logger } = this.#deps;
    const now = clock();
    const step = await db.transaction().execute(async (trx) => {
      await lockPersonTexts(trx, job.person_id);
      const next = await this.#decide(trx, job, now);
      if (next.kind === 'send') {
        const started = await startTextSend(trx, {
          id: next.sendId,
          service_id: job.service_id,
          person_id: job.person_id,
          message_id: job.message_id,
          started_at: now,
        });
        if (!started) return { kind: 'drop', why: 'already texted' } satisfies Step;
      }
      return next;
    });
    if (step.kind === 'drop') {
      await deleteTextJob(db, job.id);
      logger.debug({ why: step.why }, 'texts: no text for a reply');
      return;
    }
    if (step.kind === 'later') {
      await rescheduleTextJob(db, job, step.at, step.why, false);
      return;
    }
    const outcome = await this.#deps.send(step.number, step.sendId);
    const at = clock();
    if (outcome.kind === 'sent') {
      await db.transaction().execute(async (trx) => {
        await finishTextSend(trx, step.sendId, 'sent', at, outcome.notifyId);
        await deleteTextJob(trx, job.id);
        // The server opened the sealed number to send it: that use is on the record too.
        await audit(
          trx,
          {
            serviceId: job.service_id,
            actor: { type: 'system', id: null },
            action: 'texts.sent',
            personId: job.person_id,
            subjectId: job.message_id,
            detail: 'A text saying a new message is waiting',
          },
          at,
        );
      });
      logger.info({ personId: job.person_id }, 'texts: sent');
      return;
    }
    if (outcome.kind === 'retry' && job.attempts < MAX_ATTEMPTS) {
      await forgetTextSend(db, step.sendId);
      const retryAt = new Date(at.getTime() + textBackoffMs(job.attempts));
      await rescheduleTextJob(db, job, retryAt, outcome.error, true);
      return;
    }
    await finishTextSend(
      db,
      step.sendId,
      outcome.kind === 'unknown' ? 'unknown' : 'failed',
      null,
      null,
    );
    await deleteTextJob(db, job.id);
    logger.warn({ error: outcome.error, attempts: job.attempts }, 'texts: not sent; given up');
  }

  async #decide(db: Db, job: TextJobRow, now: Date): Promise<Step> {
    const { config } = this.#deps;
    const message = await findMessageById(db, job.message_id);
    if (!message || message.service_id !== job.service_id) return { kind: 'drop', why: 'gone' };
    if (message.read_at) return { kind: 'drop', why: 'read' };
    const history = await listConsent(db, job.service_id, job.person_id);
    if (consentOn(history, 'texts', londonDate(now)).status !== 'given') {
      return { kind: 'drop', why: 'no consent' };
    }
    const row = await findTextNumber(db, job.service_id, job.person_id);
    if (!row) return { kind: 'drop', why: 'no number' };
    const quiet: QuietHours = { start: row.quiet_start, end: row.quiet_end };
    if (isQuiet(quiet, now)) return { kind: 'later', at: textSendTime(quiet, now), why: 'quiet' };
    const last = await lastTextAt(db, job.service_id, job.person_id);
    // A text that went after this reply was written already told the person a message waits.
    if (last && last.getTime() >= job.reply_at.getTime()) return { kind: 'drop', why: 'covered' };
    if (last && now.getTime() - last.getTime() < config.minGapMs) {
      const at = textSendTime(quiet, new Date(last.getTime() + config.minGapMs));
      return { kind: 'later', at, why: 'rate limit' };
    }
    const number = openNumber(
      config.numberKey,
      { serviceId: row.service_id, personId: row.person_id },
      row.number_sealed,
    );
    if (!number) return { kind: 'drop', why: 'number does not open' };
    return { kind: 'send', number, sendId: randomUUID() };
  }
}
