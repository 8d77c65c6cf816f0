import type { Hours, HoursException } from '#shared/schemas/hours';
import type { LocalGuideContact, LocalGuideKind, Picture } from '#shared/schemas/guide';
import {
  flattenWeek,
  newKey,
  weekFromWindows,
  emptyWeek,
  row,
  type WeekDraft,
} from '../weekly-windows/model';

/** One local contact as edited: strings for every input, hours as a week of rows. */
export type ContactDraft = {
  key: string;
  id: string;
  kind: LocalGuideKind;
  name: string;
  whenToUse: string;
  call: string;
  textNumber: string;
  textBody: string;
  hoursKind: 'always' | 'weekly';
  week: WeekDraft;
  /** 'ignore': open at its usual times on bank holidays too (a pharmacy on a rota). */
  calendar: 'follow' | 'ignore';
  /** Dated exceptions are kept as they were; this editor does not change them. */
  exceptions: HoursException[];
  picture: Picture;
};

/** A v4 UUID, also where `crypto.randomUUID` is missing (plain http on a local network). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function toContactDraft(contact: LocalGuideContact): ContactDraft {
  return {
    key: newKey(),
    id: contact.id,
    kind: contact.kind,
    name: contact.name,
    whenToUse: contact.whenToUse,
    call: contact.call ?? '',
    textNumber: contact.text?.number ?? '',
    textBody: contact.text?.body ?? '',
    hoursKind: contact.hours.kind,
    week: contact.hours.kind === 'weekly' ? weekFromWindows(contact.hours.weekly) : emptyWeek(),
    exceptions: contact.hours.kind === 'weekly' ? contact.hours.exceptions : [],
    calendar: contact.calendar ?? 'follow',
    picture: contact.picture,
  };
}

function officeHours(start: string, end: string): WeekDraft {
  return {
    ...emptyWeek(),
    1: [row(start, end)],
    2: [row(start, end)],
    3: [row(start, end)],
    4: [row(start, end)],
    5: [row(start, end)],
  };
}

/** A new contact of a kind, with a sensible start the caseworker can change. */
export function newContact(kind: LocalGuideKind, caseworkerName: string): ContactDraft {
  const base = {
    key: newKey(),
    id: uuid(),
    kind,
    call: '',
    textNumber: '',
    textBody: '',
    exceptions: [],
    calendar: 'follow' as const,
    picture: kind,
  };
  if (kind === 'gp') {
    return {
      ...base,
      name: '',
      whenToUse: 'Call your GP surgery when you feel unwell and it can wait until they are open.',
      hoursKind: 'weekly',
      week: officeHours('08:00', '18:30'),
    };
  }
  if (kind === 'caseworker') {
    return {
      ...base,
      name: caseworkerName,
      whenToUse: 'Call me to talk about how things are going, in our agreed hours.',
      hoursKind: 'weekly',
      week: officeHours('09:00', '17:00'),
    };
  }
  return { ...base, name: '', whenToUse: '', hoursKind: 'weekly', week: emptyWeek() };
}

/** What the API gets, and for each contact the weekly row keys in the order sent. */
export function toContacts(drafts: ContactDraft[]): {
  contacts: LocalGuideContact[];
  weekKeys: string[][];
} {
  const weekKeys: string[][] = [];
  const contacts = drafts.map((draft): LocalGuideContact => {
    const { windows, keys } = flattenWeek(draft.week);
    weekKeys.push(keys);
    const hours: Hours =
      draft.hoursKind === 'always'
        ? { kind: 'always' }
        : { kind: 'weekly', weekly: windows, exceptions: draft.exceptions };
    const call = draft.call.trim();
    const textNumber = draft.textNumber.trim();
    const textBody = draft.textBody.trim();
    return {
      id: draft.id,
      kind: draft.kind,
      name: draft.name.trim(),
      whenToUse: draft.whenToUse.trim(),
      ...(call ? { call } : {}),
      ...(textNumber
        ? { text: { number: textNumber, ...(textBody ? { body: textBody } : {}) } }
        : {}),
      hours,
      // Only said when it differs from the usual rule, so stored cards stay as they were.
      ...(draft.calendar === 'ignore' && draft.kind !== 'caseworker' ? { calendar: 'ignore' } : {}),
      picture: draft.picture,
    };
  });
  return { contacts, weekKeys };
}
