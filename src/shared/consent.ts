import type { LocalDate } from './schemas/common';
import {
  CONSENT_TOPICS,
  type ConsentRecord,
  type ConsentState,
  type ConsentTopic,
} from './schemas/consent';

/** Later day wins; on the same day, the line added later wins. */
function later(a: ConsentRecord, b: ConsentRecord): boolean {
  return a.day !== b.day ? a.day > b.day : a.seq > b.seq;
}

/**
 * What is in force for `topic` on `day`: the latest line on or before that day. A line dated
 * after `day` has not happened yet then. No line at all is "not recorded", never "given".
 */
export function consentOn(
  history: readonly ConsentRecord[],
  topic: ConsentTopic,
  day: LocalDate,
): ConsentState {
  let latest: ConsentRecord | null = null;
  for (const r of history) {
    if (r.topic !== topic || r.day > day) continue;
    if (!latest || later(r, latest)) latest = r;
  }
  return { topic, status: latest ? latest.action : 'not-recorded', latest };
}

/** Every topic's state on `day`, in the fixed order of the topics. */
export function consentInForce(history: readonly ConsentRecord[], day: LocalDate): ConsentState[] {
  return CONSENT_TOPICS.map((topic) => consentOn(history, topic, day));
}
