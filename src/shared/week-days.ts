import { addDays, londonDate, londonToInstant } from './london';
import type { LocalDate } from './schemas/common';
import type { WeekDay, WeekItem } from './schemas/notes';

/** When an item happened: a shared entry when the person wrote it (not when they shared it). */
function happenedAt(item: Exclude<WeekItem, { kind: 'note' }>): string {
  switch (item.kind) {
    case 'shared-entry':
      return item.entry.entry.createdAt;
    case 'check-in':
      return item.checkIn.at;
    case 'urgent-care':
      return item.report.at;
    case 'contact':
      return item.contact.at;
    case 'milestone':
      return item.milestone.at;
    case 'message':
      return item.message.sentAt;
  }
}

/**
 * The London day an item belongs to, and where it goes in that day: a note is about its day,
 * whenever it was written, and goes after the day's events.
 */
export function placeItem(item: WeekItem): { day: LocalDate; order: number } {
  if (item.kind === 'note') return { day: item.note.day, order: Infinity };
  const at = new Date(happenedAt(item));
  return { day: londonDate(at), order: at.getTime() };
}

/** The instants a London week from `monday` covers: Monday 00:00 up to the next Monday 00:00. */
export function weekSpan(monday: LocalDate): { start: Date; end: Date } {
  return {
    start: londonToInstant(monday, '00:00'),
    end: londonToInstant(addDays(monday, 7), '00:00'),
  };
}

/** The seven London days from `monday`, each with its items in time order; others left out. */
export function groupWeek(monday: LocalDate, items: readonly WeekItem[]): WeekDay[] {
  const placed = items.map((item) => ({ item, ...placeItem(item) }));
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays(monday, i);
    return {
      day,
      items: placed
        .filter((p) => p.day === day)
        .sort((a, b) => a.order - b.order)
        .map((p) => p.item),
    };
  });
}
