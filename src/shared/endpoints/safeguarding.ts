import { PersonParams } from '../schemas/api';
import {
  ConcernParams,
  ConcernUpdateRequest,
  OpenConcernList,
  RecordConcernRequest,
  SafeguardingCategories,
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
  categories: endpoint('safeguarding.categories', {
    method: 'GET',
    path: '/api/safeguarding/categories',
    auth: 'staff',
    summary: "The service's list of safeguarding categories (all its staff read it).",
    response: SafeguardingCategories,
  }),
  setCategories: endpoint('safeguarding.setCategories', {
    method: 'PUT',
    path: '/api/safeguarding/categories',
    auth: 'staff',
    summary:
      "Replace the service's list of safeguarding categories (the lead only; concerns already recorded keep theirs).",
    body: SafeguardingCategories,
    response: SafeguardingCategories,
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
