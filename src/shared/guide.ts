import { DEFAULT_CALENDAR, hoursOnCalendar, type ServiceCalendar } from './calendar';
import { isOpen, nextOpening } from './hours';
import { londonParts } from './london';
import type { GuideContact } from './schemas/guide';
import { catalogue } from './i18n';
import messages from './guide.messages.json' with { type: 'json' };

const t = catalogue('guide', messages);

/** The UK emergency number. The one place it is written down. */
export const EMERGENCY_NUMBER = '999';

const ALWAYS = { kind: 'always' } as const;

/** The 999 entry: first in every guide, in every state of the app. */
export const EMERGENCY_CONTACT: GuideContact = {
  id: '00000000-0000-4000-8000-000000000999',
  kind: 'emergency',
  // Getters: the words are read in the person's language when shown, not when this loads.
  get name() {
    return t('emergencyName');
  },
  get whenToUse() {
    return t('emergencyWhen');
  },
  call: EMERGENCY_NUMBER,
  hours: ALWAYS,
  picture: 'emergency',
};

/** The national numbers everyone gets, before any local ones. Ids are fixed. */
export const NATIONAL_CONTACTS: readonly GuideContact[] = [
  EMERGENCY_CONTACT,
  {
    id: '00000000-0000-4000-8000-000000000111',
    kind: 'nhs111',
    name: 'NHS 111',
    get whenToUse() {
      return t('nhs111When');
    },
    call: '111',
    hours: ALWAYS,
    picture: 'nhs111',
  },
  {
    id: '00000000-0000-4000-8000-000000116123',
    kind: 'samaritans',
    name: 'Samaritans',
    get whenToUse() {
      return t('samaritansWhen');
    },
    call: '116 123',
    hours: ALWAYS,
    picture: 'samaritans',
  },
  {
    id: '00000000-0000-4000-8000-000000085258',
    kind: 'shout',
    name: 'Shout',
    get whenToUse() {
      return t('shoutWhen');
    },
    text: { number: '85258', body: 'SHOUT' },
    hours: ALWAYS,
    picture: 'shout',
  },
];

export { DEFAULT_CALENDAR };

/**
 * The team's own closures close the caseworker's card and local services (often the team's
 * own drop-in: shown closed rather than risk shown open); a GP surgery is run by someone else,
 * so only bank holidays close it.
 */
function calendarFor(contact: GuideContact, calendar: ServiceCalendar): ServiceCalendar {
  return contact.kind === 'gp' ? { ...calendar, closures: [] } : calendar;
}

export interface GuideItem {
  contact: GuideContact;
  open: boolean;
  /** When a closed contact next opens (null if open, or no opening in 400 days). */
  opensAt: Date | null;
}

/** 20:00 to 08:00 London: when people's usual services are closed. */
function isNight(instant: Date): boolean {
  const { hour } = londonParts(instant);
  return hour >= 20 || hour < 8;
}

/**
 * Who to call at `instant`, in order: the built-in 999 entry first, always; then the ones open
 * now (at night the 24/7 ones before the rest); then the closed ones, soonest to open first.
 * Otherwise the given order is kept. Any other "emergency" entry in `contacts` is dropped, so
 * no synced or stored list can ever change the emergency number.
 */
export function arrangeGuide(
  contacts: readonly GuideContact[],
  instant: Date,
  calendar: ServiceCalendar = DEFAULT_CALENDAR,
): GuideItem[] {
  const rest = contacts.filter((c) => c.kind !== 'emergency');
  const first: GuideItem = { contact: EMERGENCY_CONTACT, open: true, opensAt: null };
  const items = rest.map((contact) => {
    // A card's own exceptions win; 24/7 hours and a card marked to ignore it are left as they are.
    const hours = hoursOnCalendar(
      contact.hours,
      calendarFor(contact, calendar),
      instant,
      contact.calendar ?? 'follow',
    );
    const open = isOpen(hours, instant);
    return { contact, open, opensAt: open ? null : nextOpening(hours, instant) };
  });
  const night = isNight(instant);
  const rank = (i: GuideItem) => (!i.open ? 2 : night && i.contact.hours.kind !== 'always' ? 1 : 0);
  const opensAt = (i: GuideItem) => i.opensAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        rank(a.item) - rank(b.item) ||
        (a.item.open ? 0 : opensAt(a.item) - opensAt(b.item)) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
  return [first, ...sorted];
}
