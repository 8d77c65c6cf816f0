import { consent } from '#shared/endpoints/consent';
import type { AppConsentTopic, ConsentView } from '#shared/schemas/consent';
import { browserDeps, callApi } from '../../device/call-api';
import type { AppState } from '../state';
import { readLink } from '../store/connection';

/** What the phone gets back: the record, or why not (no signal, not linked, refused). */
export type ConsentOutcome =
  { kind: 'ok'; view: ConsentView } | { kind: 'offline' } | { kind: 'failed' };

/**
 * The consent record is read from the team each time Settings opens, never kept on the phone:
 * it is the team's record, and a withdrawal must reach them, so both need a connection.
 */
async function consentCall(state: AppState, topic?: AppConsentTopic): Promise<ConsentOutcome> {
  const link = await readLink(await state.lock.db());
  if (!link || link.unlinked) return { kind: 'failed' };
  const outcome = topic
    ? await callApi(browserDeps(), {
        endpoint: consent.deviceWithdraw,
        body: { topic },
        token: link.token,
      })
    : await callApi(browserDeps(), { endpoint: consent.device, token: link.token });
  if (outcome.kind === 'offline') return { kind: 'offline' };
  if (outcome.kind !== 'ok') return { kind: 'failed' };
  const parsed = consent.device.response.safeParse(outcome.json);
  return parsed.success ? { kind: 'ok', view: parsed.data } : { kind: 'failed' };
}

export const loadConsent = (state: AppState) => consentCall(state);
export const withdrawConsent = (state: AppState, topic: AppConsentTopic) =>
  consentCall(state, topic);
