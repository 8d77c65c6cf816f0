import { followCalendar, type ServiceCalendar } from './calendar';
import { arrangeGuide, DEFAULT_CALENDAR, type GuideItem } from './guide';
import { nextClosing } from './hours';
import { addDays, londonDate, londonParts } from './london';
import type { SupportUsedKind } from './schemas/contact';
import type { GuideContact, GuideKind } from './schemas/guide';
import { describeWhen } from './time-words';

/*
 * The supports a contact target points to instead of the team ("use the drop-in"), and which of
 * them to suggest this minute. Open or closed comes from `arrangeGuide`, the rule Help now uses,
 * so a card is never suggested as open when Help now shows it closed.
 */

/** Cards that are never an alternative to the team: emergencies, urgent care, the team itself. */
const NOT_ALTERNATIVES: ReadonlySet<GuideKind> = new Set(['emergency', 'nhs111', 'caseworker']);

/** Whether a card of the person's guide may be named as an alternative. */
export function canBeAlternative(contact: Pick<GuideContact, 'kind'>): boolean {
  return !NOT_ALTERNATIVES.has(contact.kind);
}

export interface AlternativeNow {
  /** The alternative open now that comes first in the caseworker's order. */
  open: GuideItem | null;
  /** When the open one closes, bank holidays included (null for 24/7 lines). */
  closes: Date | null;
  /** When none is open: the one that opens soonest, if any opens in the next 400 days. */
  next: GuideItem | null;
  /** When none is open: a 24/7 line from the person's guide to use meanwhile (Samaritans). */
  always: GuideItem | null;
}

/**
 * Which of `alternativeIds` to suggest at `instant`, from the person's whole guide (national
 * and local cards, as Help now shows them). Ids not in the guide (a card since removed) are
 * ignored. Of those open, the first in the caseworker's order (they list the drop-in before
 * "Samaritans at night"); if none is open, the one that opens soonest.
 */
export function alternativeNow(
  guide: readonly GuideContact[],
  alternativeIds: readonly string[],
  instant: Date,
  calendar: ServiceCalendar = DEFAULT_CALENDAR,
): AlternativeNow {
  const wanted = new Set(alternativeIds.map((id) => id.toLowerCase()));
  const arranged = arrangeGuide(guide, instant, calendar).filter((item) =>
    canBeAlternative(item.contact),
  );
  const chosen = arranged.filter((item) => wanted.has(item.contact.id.toLowerCase()));
  const rank = (item: GuideItem) =>
    alternativeIds.findIndex((id) => id.toLowerCase() === item.contact.id.toLowerCase());
  const open = chosen.filter((item) => item.open).sort((a, b) => rank(a) - rank(b))[0] ?? null;
  if (open) {
    const today = londonDate(instant);
    const hours = followCalendar(
      open.contact.hours,
      calendar,
      'follow',
      today,
      addDays(today, 401),
    );
    return { open, closes: nextClosing(hours, instant), next: null, always: null };
  }
  const next = chosen.find((item) => item.opensAt !== null) ?? null;
  const always = arranged.find((item) => item.open && item.contact.hours.kind === 'always') ?? null;
  return { open: null, closes: null, next, always };
}

/** "9pm tonight" for an evening closing today, else as `describeWhen` says it. */
function untilWords(closes: Date, now: Date): string {
  const today = londonDate(closes) === londonDate(now);
  const time = describeWhen(closes, now);
  return today && londonParts(closes).hour >= 18 ? time.replace(/ today$/, ' tonight') : time;
}

/**
 * The plain line for the suggestion: "The Lighthouse drop-in is open until 9pm tonight.",
 * "Samaritans is open now, day or night.", "The Lighthouse drop-in opens at 10am tomorrow."
 * `closes` is when the open one closes (null for 24/7 lines or when not known).
 */
export function alternativeWords(item: GuideItem, closes: Date | null, now: Date): string {
  const name = item.contact.name;
  if (item.open) {
    if (item.contact.hours.kind === 'always') return `${name} is open now, day or night.`;
    return closes ? `${name} is open until ${untilWords(closes, now)}.` : `${name} is open now.`;
  }
  return item.opensAt
    ? `${name} opens at ${describeWhen(item.opensAt, now)}.`
    : `${name} is closed.`;
}

/** How using a card is logged: going to a local place, texting a text line, else a call. */
export function supportKindOf(contact: Pick<GuideContact, 'kind' | 'call'>): SupportUsedKind {
  if (contact.kind === 'local') return 'visit';
  return contact.call === undefined ? 'text' : 'call';
}

/** The one-tap words: "I went to The Lighthouse drop-in", "I called Samaritans". */
export function supportUsedWords(name: string, kind: SupportUsedKind): string {
  if (kind === 'visit') return `I went to ${name}`;
  return kind === 'text' ? `I texted ${name}` : `I called ${name}`;
}
