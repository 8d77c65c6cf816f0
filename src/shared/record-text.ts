import { WANTED_LABELS } from './journal';
import { DECISION_WORDS } from './reviews';
import { PLAN_SECTIONS } from './schemas/plan';
import { DAY_PART_TITLES, DAY_PARTS } from './day-part';
import type { JournalEntry } from './schemas/journal';
import type { PersonRecord } from './schemas/notes';
import type { UrgentCareReport } from './schemas/wellbeing';
import { nhsClock, nhsDate, nhsDayTime } from './time-words';

/*
 * One person's record as plain text, for a subject access request: the same facts as the JSON
 * download, in plain words and date order, readable without any software.
 */

const when = (instant: string, now: Date) => nhsDayTime(new Date(instant), now);

function section(title: string, lines: string[], empty: string): string[] {
  return ['', title.toUpperCase(), '-'.repeat(title.length), ...(lines.length ? lines : [empty])];
}

function entryLines(entry: JournalEntry): string[] {
  if (entry.kind === 'everyday') return [`  ${entry.everyday || '(nothing written)'}`];
  const lines: string[] = [];
  if (entry.strength !== undefined)
    lines.push(`  How strong the feeling was: ${entry.strength} out of 10`);
  if (entry.feelings?.length) lines.push(`  Feelings: ${entry.feelings.join(', ')}`);
  if (entry.happening) lines.push(`  What was happening: ${entry.happening}`);
  if (entry.wanted?.length) {
    lines.push(`  Felt like: ${entry.wanted.map((w) => WANTED_LABELS[w]).join(', ')}`);
  }
  if (entry.wantedOther) lines.push(`  Something else: ${entry.wantedOther}`);
  if (entry.didInstead?.length) lines.push(`  Did instead: ${entry.didInstead.join(', ')}`);
  if (entry.didInsteadOther) lines.push(`  Did instead, in their words: ${entry.didInsteadOther}`);
  if (entry.urgentCare) lines.push(`  Urgent care: ${urgentWords(entry.urgentCare)}`);
  return lines.length ? lines : ['  (nothing filled in)'];
}

function urgentWords(r: Pick<UrgentCareReport, 'wentToAe' | 'called999' | 'called111'>): string {
  const used = [
    r.wentToAe ? 'went to A&E' : '',
    r.called999 ? 'called 999' : '',
    r.called111 ? 'called 111' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return used || 'none';
}

/** The whole record in plain text, newest first within each part. */
export function recordText(record: PersonRecord): string {
  const now = new Date(record.exportedAt);
  const name = record.person.displayName;
  const newest = <T>(list: T[], at: (t: T) => string) =>
    [...list].sort((a, b) => at(b).localeCompare(at(a)));
  const lines = [
    `Everything the service keeps about ${name}`,
    `Downloaded ${when(record.exportedAt, now)}.`,
    `Caseworker: ${record.person.caseworkerName}. Support started ${when(record.person.createdAt, now)}.`,
    'Journal entries that were never shared stay on the phone: the service does not have them.',
    ...section(
      'Caseworker notes',
      newest(record.notes, (n) => n.day).flatMap((n) => [
        `${nhsDate(n.day, true)}, by ${n.caseworkerName ?? 'a former member of staff'}`,
        ...(n.happened ? [`  What happened: ${n.happened}`] : []),
        ...(n.calls ? [`  Calls: ${n.calls}`] : []),
        ...(n.seemed ? [`  How they seemed: ${n.seemed}`] : []),
      ]),
      'No notes.',
    ),
    ...section(
      'Messages',
      newest(record.messages, (m) => m.sentAt).map(
        (m) =>
          `${when(m.sentAt, now)}, from ${m.from === 'person' ? name : 'the caseworker'}: ${m.photo ? `(a photo) ${m.body}`.trim() : m.body}`,
      ),
      'No messages.',
    ),
    ...section(
      'Journal entries shared with the caseworker',
      newest(record.sharedEntries, (e) => e.entry.createdAt).flatMap((e) => [
        `Written ${when(e.entry.createdAt, now)}, shared ${when(e.sharedAt, now)}`,
        ...entryLines(e.entry),
      ]),
      'None shared.',
    ),
    ...section(
      'Wellbeing check-ins',
      newest(record.checkIns, (c) => c.at).map((c) => {
        const a = c.answers;
        return `${when(c.at, now)}: satisfied ${a.satisfied ?? '-'}, worthwhile ${a.worthwhile ?? '-'}, happy ${a.happy ?? '-'}, anxious ${a.anxious ?? '-'} (out of 10); lonely: ${a.lonely ?? '-'}`;
      }),
      'No check-ins.',
    ),
    ...section(
      'Urgent care they told us about',
      newest(record.urgentCare, (u) => u.at).map((u) => `${when(u.at, now)}: ${urgentWords(u)}`),
      'None.',
    ),
    ...section(
      'Contacts',
      newest(record.contacts, (c) => c.at).map(
        (c) => `${when(c.at, now)}: ${c.kind} (${c.source})`,
      ),
      'No contacts.',
    ),
    ...section(
      'Contact plan (times a week, from the Monday)',
      record.contactTargets.map((t) => `From ${nhsDate(t.fromWeek, true)}: up to ${t.times}`),
      'No plan.',
    ),
    ...section(
      'Goals',
      record.goals.flatMap((g) => [
        `${g.title} (${g.status})`,
        ...g.milestones.map(
          (m) => `  ${m.doneAt ? `Reached ${when(m.doneAt, now)}` : 'Not yet'}: ${m.title}`,
        ),
      ]),
      'No goals.',
    ),
    ...section(
      'Reviews',
      record.reviews.flatMap((r) => [
        `${r.point ?? 'Review'}, ${nhsDate(r.heldOn, true)}: ${DECISION_WORDS[r.decision]}`,
        ...r.goals.map((g) => `  ${g.title}: ${g.words}`),
        ...(r.nextSteps ? [`  Next steps: ${r.nextSteps}`] : []),
      ]),
      'No reviews.',
    ),
    ...section(
      'Relapse plan',
      record.relapsePlan
        ? [
            ...record.relapsePlan.signs.map((l) => `  Sign to watch for: ${l}`),
            ...record.relapsePlan.whatToDo.map((l) => `  What to do: ${l}`),
            ...record.relapsePlan.comeBack.map((l) => `  How to come back: ${l}`),
          ]
        : [],
      'None agreed.',
    ),
    ...section(
      'Crisis plan',
      PLAN_SECTIONS.flatMap((s) => {
        const items = record.plan.sections[s.key] ?? [];
        return items.length ? [s.title, ...items.map((i) => `  ${i}`)] : [];
      }),
      'Nothing written yet.',
    ),
    ...section(
      'Daily routine',
      DAY_PARTS.flatMap((part) => {
        const items = record.routine?.[part] ?? [];
        return items.length ? [DAY_PART_TITLES[part], ...items.map((i) => `  ${i}`)] : [];
      }),
      'Nothing written yet.',
    ),
    ...section(
      'Texts about a waiting message',
      record.texts?.number
        ? [
            `Mobile number: ${record.texts.number}`,
            `No texts between ${nhsClock(record.texts.quietHours.start)} and ${nhsClock(record.texts.quietHours.end)}`,
            record.texts.lastSentAt
              ? `Last text sent: ${when(record.texts.lastSentAt, now)}`
              : 'No text sent yet.',
          ]
        : [],
      'No mobile number kept.',
    ),
    ...section(
      'Who to call (their own contacts)',
      record.guide.map((g) => `${g.name}${g.call ? `: ${g.call}` : ''}`),
      'None added.',
    ),
  ];
  return `${lines.join('\n')}\n`;
}
