import { PersonParams } from '../schemas/api';
import { SaveTextsRequest, TextsView } from '../schemas/texts';
import { endpoint } from './define';

/** Texts about a waiting message: the person's mobile number and whether texts go. */
export const texts = {
  read: endpoint('texts.read', {
    method: 'GET',
    path: '/api/people/:personId/texts',
    auth: 'staff',
    summary:
      'Whether texts go to the person, their mobile number and when the last text went (audited).',
    params: PersonParams,
    response: TextsView,
  }),
  save: endpoint('texts.save', {
    method: 'PUT',
    path: '/api/people/:personId/texts',
    auth: 'staff',
    summary: 'Set, change or remove the mobile number, and the quiet hours (audited).',
    params: PersonParams,
    body: SaveTextsRequest,
    response: TextsView,
  }),
};
