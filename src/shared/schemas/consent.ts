import { z } from 'zod';
import { Id, Instant, LocalDate } from './common';

/**
 * What a person can agree to: support from the service, using the app, sharing their crisis
 * plan with named services, their data counted in anonymised outcome figures, and a text to
 * their mobile when a message from the team is waiting.
 */
export const ConsentTopic = z.enum(['support', 'app', 'share-plan', 'outcomes', 'texts']);
export type ConsentTopic = z.infer<typeof ConsentTopic>;
export const CONSENT_TOPICS = ConsentTopic.options;

/** The topics the person may withdraw themselves from the phone. */
export const AppConsentTopic = z.enum(['app', 'outcomes', 'texts']);
export type AppConsentTopic = z.infer<typeof AppConsentTopic>;

export const ConsentAction = z.enum(['given', 'withdrawn']);
export type ConsentAction = z.infer<typeof ConsentAction>;

/** How it was given or withdrawn: staff record in person or by phone; the app records itself. */
export const ConsentHow = z.enum(['in-person', 'phone', 'app']);
export type ConsentHow = z.infer<typeof ConsentHow>;

const ServiceName = z.string().trim().min(1, 'Write the name of the service.').max(120);

/** One line of the consent history. Lines are only ever added, never changed. */
export const ConsentRecord = z.object({
  id: Id,
  /** The order lines were added in, for two on the same day. */
  seq: z.number().int().nonnegative(),
  topic: ConsentTopic,
  action: ConsentAction,
  /** The London day it was given or withdrawn. */
  day: LocalDate,
  how: ConsentHow,
  /** For `share-plan` when given: the services the plan may go to. Empty otherwise. */
  sharedWith: z.array(z.string()).max(20),
  /** Staff who recorded it, or null when the person did it in the app. */
  recordedBy: z.object({ id: Id, name: z.string().nullable() }).nullable(),
  recordedAt: Instant,
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/** What is in force for one topic: the latest line, or none yet. */
export const ConsentState = z.object({
  topic: ConsentTopic,
  status: z.enum(['given', 'withdrawn', 'not-recorded']),
  latest: ConsentRecord.nullable(),
});
export type ConsentState = z.infer<typeof ConsentState>;

/** GET consent: what is in force per topic, and the whole history, newest first. */
export const ConsentView = z.object({
  inForce: z.array(ConsentState),
  history: z.array(ConsentRecord).max(1000),
});
export type ConsentView = z.infer<typeof ConsentView>;

/** Staff record consent given or withdrawn (in person or by phone), on a day up to today. */
export const RecordConsentRequest = z
  .strictObject({
    topic: ConsentTopic,
    action: ConsentAction,
    how: z.enum(['in-person', 'phone'], { error: 'Say whether it was in person or by phone.' }),
    day: LocalDate,
    sharedWith: z.array(ServiceName).max(20).default([]),
  })
  .refine((r) => !(r.topic === 'share-plan' && r.action === 'given') || r.sharedWith.length > 0, {
    message: 'Name at least one service the plan may be shared with.',
    path: ['sharedWith'],
  });
export type RecordConsentRequest = z.infer<typeof RecordConsentRequest>;

/** The phone withdraws its own app-related consent. */
export const WithdrawConsentRequest = z.strictObject({ topic: AppConsentTopic });
export type WithdrawConsentRequest = z.infer<typeof WithdrawConsentRequest>;
