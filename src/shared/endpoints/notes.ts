import { OkResponse, PersonParams } from '../schemas/api';
import {
  CaseworkerNote,
  CaseworkerNoteList,
  NoteParams,
  PersonRecord,
  PutNoteRequest,
  WeekQuery,
  WeekView,
} from '../schemas/notes';
import { endpoint } from './define';

/** The caseworker's own notes beside the person's journal, the week side by side, the record. */
export const notes = {
  list: endpoint('notes.list', {
    method: 'GET',
    path: '/api/people/:personId/notes',
    auth: 'staff',
    summary:
      "Staff notes about the person, newest day first (audited; never on the person's phone).",
    params: PersonParams,
    response: CaseworkerNoteList,
  }),
  write: endpoint('notes.write', {
    method: 'PUT',
    path: '/api/people/:personId/notes/:day',
    auth: 'staff',
    summary: 'Write your note for a London day (writing again replaces it).',
    params: NoteParams,
    body: PutNoteRequest,
    response: CaseworkerNote,
  }),
  remove: endpoint('notes.remove', {
    method: 'DELETE',
    path: '/api/people/:personId/notes/:day',
    auth: 'staff',
    summary: 'Delete your note for a day.',
    params: NoteParams,
    response: OkResponse,
  }),
  week: endpoint('notes.week', {
    method: 'GET',
    path: '/api/people/:personId/week',
    auth: 'staff',
    summary:
      'One London week by day: shared entries, check-ins, urgent care, notes, contacts, milestones and messages (audited).',
    params: PersonParams,
    query: WeekQuery,
    response: WeekView,
  }),
  record: endpoint('notes.record', {
    method: 'GET',
    path: '/api/people/:personId/record',
    auth: 'staff',
    summary:
      "One person's whole record, notes included, for a subject access request (the lead only; audited).",
    params: PersonParams,
    response: PersonRecord,
  }),
  recordText: endpoint('notes.recordText', {
    method: 'GET',
    path: '/api/people/:personId/record/text',
    auth: 'staff',
    summary: 'The same record in plain text (the lead only; audited).',
    params: PersonParams,
    response: null,
    success: [200],
    produces: 'text/plain',
  }),
};
