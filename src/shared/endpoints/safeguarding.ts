import { PersonParams } from '../schemas/api';
import {
  ConcernParams,
  ConcernUpdateRequest,
  OpenConcernList,
  RecordConcernRequest,
  SafeguardingConcern,
  SafeguardingConcernList,
} from '../schemas/safeguarding';
import { endpoint } from './define';

/** The safeguarding concern log: staff only (never a phone), every read on the audit log. */
export const safeguarding = {
  list: endpoint('safeguarding.list', {
    method: 'GET',
    path: '/api/people/:personId/safeguarding',
    auth: 'staff',
    summary:
      "The person's safeguarding concerns, newest first (their caseworker and the lead; every read audited).",
    params: PersonParams,
    response: SafeguardingConcernList,
  }),
  record: endpoint('safeguarding.record', {
    method: 'POST',
    path: '/api/people/:personId/safeguarding',
    auth: 'staff',
    summary: 'Record a safeguarding concern (audited, without its words).',
    params: PersonParams,
    body: RecordConcernRequest,
    response: SafeguardingConcern,
    success: [201],
  }),
  update: endpoint('safeguarding.update', {
    method: 'POST',
    path: '/api/people/:personId/safeguarding/:concernId/updates',
    auth: 'staff',
    summary: 'Add what happened next to a concern, and close it if it is dealt with.',
    params: ConcernParams,
    body: ConcernUpdateRequest,
    response: SafeguardingConcern,
  }),
  open: endpoint('safeguarding.open', {
    method: 'GET',
    path: '/api/safeguarding/open',
    auth: 'staff',
    summary:
      'Every open safeguarding concern in the service (the lead only; audited for each person).',
    response: OpenConcernList,
  }),
};
