import { londonDate } from './london';
import type { LocalDate } from './schemas/common';
import type { GuideContact } from './schemas/guide';
import type { LeaveState, PhoneLeave } from './schemas/leave';
import { nhsDate } from './time-words';
import { catalogue } from './i18n';
import messages from './cover.messages.json' with { type: 'json' };

const t = catalogue('cover', messages);

/*
 * Leave and cover by London day, the same on the phone and the server: leave runs from the
 * start of its first day to the end of its last (both in Europe/London), so cover begins and
 * ends with the date, whatever the clocks do, and nothing has to run for it to happen.
 */

/** Where a leave stands on London day `today`. */
export function leaveState(
  leave: { firstDay: LocalDate; lastDay: LocalDate },
  today: LocalDate,
): LeaveState {
  if (today < leave.firstDay) return 'coming';
  return today > leave.lastDay ? 'ended' : 'now';
}

/** The leave that is on at `now` (London day), if any. */
export function leaveNow<L extends { firstDay: LocalDate; lastDay: LocalDate }>(
  list: readonly L[] | undefined,
  now: Date,
): L | undefined {
  const today = londonDate(now);
  return list?.find((l) => leaveState(l, today) === 'now');
}

/** "Friday 11 December" (with the year when it is not this year's). */
export function lastDayWords(lastDay: LocalDate, now: Date): string {
  return nhsDate(lastDay, lastDay.slice(0, 4) !== londonDate(now).slice(0, 4));
}

/**
 * What the person's phone says while their caseworker is away: "Sam is away until Friday
 * 11 December. Jo is looking after you until Sam is back." Names are first names.
 */
export function awayWords(
  caseworker: string,
  leave: PhoneLeave,
  now: Date,
  coverFirstName: string | undefined,
): string {
  const lastDay = lastDayWords(leave.lastDay, now);
  return coverFirstName
    ? t('coveredBy', { caseworker, lastDay, cover: coverFirstName })
    : t('someoneElse', { caseworker, lastDay });
}

/**
 * The guide with the caseworker's card showing who covers while they are away: the cover's
 * name, their number for calls and texts when one was given (else the card's own, often the
 * team's), the same hours. Without a leave
 * on now, or with nobody covering, the guide is unchanged.
 */
export function guideWithCover(
  guide: readonly GuideContact[],
  leave: PhoneLeave | undefined,
  words: string,
): GuideContact[] {
  const cover = leave?.cover;
  if (!cover) return [...guide];
  return guide.map((c) =>
    c.kind === 'caseworker'
      ? {
          ...c,
          name: cover.name,
          whenToUse: words,
          // The away caseworker's photo would show the wrong face: the plain picture instead.
          picture: 'caseworker',
          // The away caseworker's number would reach nobody: calls and texts go to the cover's.
          ...(cover.phone
            ? { call: cover.phone, ...(c.text ? { text: { ...c.text, number: cover.phone } } : {}) }
            : {}),
        }
      : c,
  );
}
