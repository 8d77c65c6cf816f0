import { DeviceProfile, OkResponse, PairRequest, PairResponse } from '../schemas/api';
import {
  DeviceReadMessagesRequest,
  PushSubscriptionRequest,
  SendMessageRequest,
  SendMessageResponse,
  SharedEntryState,
  SyncResponse,
} from '../schemas/connect';
import {
  ContactEvent,
  DeviceLogContactRequest,
  DeviceSupportUsedRequest,
  SupportUsed,
} from '../schemas/contact';
import { Goal, TickMilestoneRequest } from '../schemas/goal';
import { SendPhotoRequest } from '../schemas/photo-message';
import { ShareJournalEntryRequest } from '../schemas/journal';
import { CheckIn, CheckInRequest, UrgentCareReport, UrgentCareRequest } from '../schemas/wellbeing';
import { endpoint } from './define';
import { DEVICE_WRITES } from './device-writes';
import {
  CheckInIdParams,
  ContactIdParams,
  SupportUsedIdParams,
  EntryIdParams,
  MilestoneIdParams,
  SyncQuery,
} from './params';

/**
 * The phone's side. Every write carries an id made on the phone, so a retry after a lost
 * answer is safe: the server keeps one copy.
 */
export const device = {
  pair: endpoint('device.pair', {
    method: 'POST',
    path: '/api/device/pair',
    auth: 'none',
    summary: 'Link a phone with a pairing code; answers its token and profile.',
    body: PairRequest,
    response: PairResponse,
    success: [201],
  }),
  profile: endpoint('device.profile', {
    method: 'GET',
    path: '/api/device/profile',
    auth: 'device',
    summary: 'Everything the app keeps for offline use.',
    response: DeviceProfile,
  }),
  sync: endpoint('device.sync', {
    method: 'GET',
    path: '/api/device/sync',
    auth: 'device',
    summary: 'The profile, messages changed since the cursor, and every share’s state.',
    query: SyncQuery,
    response: SyncResponse,
  }),
  sendMessage: endpoint('device.sendMessage', {
    ...DEVICE_WRITES.sendMessage,
    auth: 'device',
    summary: 'Send the caseworker a message (held until the agreed hours start).',
    body: SendMessageRequest,
    response: SendMessageResponse,
    success: [201, 200],
  }),
  sendPhoto: endpoint('device.sendPhoto', {
    ...DEVICE_WRITES.sendPhoto,
    auth: 'device',
    summary: 'Send the caseworker a photo (held like any message until the agreed hours start).',
    body: SendPhotoRequest,
    response: SendMessageResponse,
    success: [201, 200],
  }),
  readMessages: endpoint('device.readMessages', {
    ...DEVICE_WRITES.readMessages,
    auth: 'device',
    summary: "The person has seen their caseworker's messages.",
    body: DeviceReadMessagesRequest,
    response: OkResponse,
  }),
  share: endpoint('device.share', {
    ...DEVICE_WRITES.share,
    auth: 'device',
    summary: 'Share a copy of one journal entry with the caseworker.',
    params: EntryIdParams,
    body: ShareJournalEntryRequest,
    response: SharedEntryState,
  }),
  withdraw: endpoint('device.withdraw', {
    ...DEVICE_WRITES.withdraw,
    auth: 'device',
    summary: 'Stop sharing an entry: the server deletes its copy.',
    params: EntryIdParams,
    response: null,
  }),
  pushOn: endpoint('device.pushOn', {
    ...DEVICE_WRITES.pushOn,
    auth: 'device',
    summary: 'Turn notifications on for this phone.',
    body: PushSubscriptionRequest,
    response: OkResponse,
  }),
  pushOff: endpoint('device.pushOff', {
    ...DEVICE_WRITES.pushOff,
    auth: 'device',
    summary: 'Turn notifications off for this phone (for one subscription, if it is sent).',
    body: PushSubscriptionRequest.optional(),
    response: null,
  }),
  tick: endpoint('device.tick', {
    ...DEVICE_WRITES.tick,
    auth: 'device',
    summary: '"I did it": tick a step of a goal, or take the tick back.',
    params: MilestoneIdParams,
    body: TickMilestoneRequest,
    response: Goal,
  }),
  logContact: endpoint('device.logContact', {
    ...DEVICE_WRITES.logContact,
    auth: 'device',
    summary: 'A contact the person logged ("I called Sam").',
    params: ContactIdParams,
    body: DeviceLogContactRequest,
    response: ContactEvent,
  }),
  undoContact: endpoint('device.undoContact', {
    ...DEVICE_WRITES.undoContact,
    auth: 'device',
    summary: 'Take back a contact the person logged.',
    params: ContactIdParams,
    response: null,
  }),
  logSupport: endpoint('device.logSupport', {
    ...DEVICE_WRITES.logSupport,
    auth: 'device',
    summary: 'Support the person used instead ("I went to the drop-in"); never a contact.',
    params: SupportUsedIdParams,
    body: DeviceSupportUsedRequest,
    response: SupportUsed,
  }),
  undoSupport: endpoint('device.undoSupport', {
    ...DEVICE_WRITES.undoSupport,
    auth: 'device',
    summary: 'Take back support the person logged.',
    params: SupportUsedIdParams,
    response: null,
  }),
  checkIn: endpoint('device.checkIn', {
    ...DEVICE_WRITES.checkIn,
    auth: 'device',
    summary: 'A wellbeing check-in the person chose to send.',
    params: CheckInIdParams,
    body: CheckInRequest,
    response: CheckIn,
  }),
  urgentCare: endpoint('device.urgentCare', {
    ...DEVICE_WRITES.urgentCare,
    auth: 'device',
    summary: 'Urgent care the person used, from a journal entry (never its words).',
    params: EntryIdParams,
    body: UrgentCareRequest,
    response: UrgentCareReport,
  }),
  urgentCareOff: endpoint('device.urgentCareOff', {
    ...DEVICE_WRITES.urgentCareOff,
    auth: 'device',
    summary: 'Take back an urgent care report.',
    params: EntryIdParams,
    response: null,
  }),
};
