import { OkResponse } from '../schemas/api';
import { TriageDoneRequest, TriageQuery, TriageResponse } from '../schemas/triage';
import { endpoint } from './define';

/** The start of the day: what needs this member of staff, across their people. */
export const triage = {
  list: endpoint('triage.list', {
    method: 'GET',
    path: '/api/triage',
    auth: 'staff',
    summary:
      'What needs you: urgent care, messages, shared entries, check-ins, milestones and people not heard from.',
    query: TriageQuery,
    response: TriageResponse,
  }),
  done: endpoint('triage.done', {
    method: 'POST',
    path: '/api/triage/done',
    auth: 'staff',
    summary: 'Mark one row done for you (it comes back if something newer arrives).',
    body: TriageDoneRequest,
    response: OkResponse,
  }),
};
