import { consentOn } from '#shared/consent';
import { londonDate } from '#shared/london';
import { ukMobileWords } from '#shared/phone-number';
import { DEFAULT_QUIET_HOURS } from '#shared/quiet-hours';
import type { TextsView } from '#shared/schemas/texts';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { listConsent } from '../db/tables/consent.table';
import { findTextNumber, lastSentAt, nextTextDue } from '../db/tables/texts.table';
import { openNumber } from './number-seal';

/** Default delay shown while texts are off, so the console can still say how they would work. */
const DEFAULT_DELAY_MINUTES = 180;

/** What the person's caseworker sees about texts: the number in the clear, never a text's words. */
export async function loadTextsView(
  db: Db,
  config: Config,
  person: { serviceId: string; personId: string },
  now: Date,
): Promise<TextsView> {
  const { serviceId, personId } = person;
  const [history, row, last, next] = await Promise.all([
    listConsent(db, serviceId, personId),
    findTextNumber(db, serviceId, personId),
    lastSentAt(db, serviceId, personId),
    nextTextDue(db, serviceId, personId),
  ]);
  const consent = consentOn(history, 'texts', londonDate(now)).status;
  const key = config.texts?.numberKey;
  const opened = row && key ? openNumber(key, person, row.number_sealed) : null;
  const available = config.texts !== undefined;
  return {
    available,
    consent,
    number: opened ? ukMobileWords(opened) : null,
    quietHours: row ? { start: row.quiet_start, end: row.quiet_end } : DEFAULT_QUIET_HOURS,
    on: available && consent === 'given' && opened !== null,
    delayMinutes: config.texts ? Math.round(config.texts.delayMs / 60_000) : DEFAULT_DELAY_MINUTES,
    lastSentAt: last?.toISOString() ?? null,
    nextDueAt: next?.toISOString() ?? null,
  };
}
