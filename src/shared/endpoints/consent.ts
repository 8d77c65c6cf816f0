import { PersonParams } from '../schemas/api';
import { ConsentView, RecordConsentRequest, WithdrawConsentRequest } from '../schemas/consent';
import { endpoint } from './define';

/** The consent record: staff read and add to it; the phone reads its own and withdraws. */
export const consent = {
  list: endpoint('consent.list', {
    method: 'GET',
    path: '/api/people/:personId/consent',
    auth: 'staff',
    summary: 'What the person agreed to now, and the whole history, newest first (audited).',
    params: PersonParams,
    response: ConsentView,
  }),
  record: endpoint('consent.record', {
    method: 'POST',
    path: '/api/people/:personId/consent',
    auth: 'staff',
    summary:
      'Record consent given or withdrawn, in person or by phone (added to the history; audited).',
    params: PersonParams,
    body: RecordConsentRequest,
    response: ConsentView,
    success: [201],
  }),
  device: endpoint('consent.device', {
    method: 'GET',
    path: '/api/device/consent',
    auth: 'device',
    summary: 'What this person agreed to, for Settings on their phone.',
    response: ConsentView,
  }),
  deviceWithdraw: endpoint('consent.deviceWithdraw', {
    method: 'POST',
    path: '/api/device/consent/withdraw',
    auth: 'device',
    summary: 'The person withdraws consent for the app or for anonymised figures (audited).',
    body: WithdrawConsentRequest,
    response: ConsentView,
  }),
};
