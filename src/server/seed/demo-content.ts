import type { LocalGuideContact } from '#shared/schemas/guide';
import type { Hours } from '#shared/schemas/hours';

/**
 * The demo service's words. Every name is obviously made up, every number is from Ofcom's
 * ranges kept for drama (01632 960xxx, 07700 900xxx), every email is at example.org. The
 * people are in demo-people.ts.
 */

export const DEMO_SERVICE = 'Riverside HIU (demo)';

export const DEMO_STAFF = [
  { key: 'lead', name: 'Alex Demolead', email: 'lead@hiu-demo.example.org', role: 'lead' },
  { key: 'sam', name: 'Sam Samplecase', email: 'sam@hiu-demo.example.org', role: 'caseworker' },
  { key: 'jo', name: 'Jo Examplework', email: 'jo@hiu-demo.example.org', role: 'caseworker' },
] as const;

const weekdays = (start: string, end: string) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

// Bank holidays are not typed in: the service calendar closes these hours and the GP's on them.
export const AGREED_HOURS: Hours = {
  kind: 'weekly',
  weekly: weekdays('09:00', '17:00'),
  exceptions: [],
};

const GP_HOURS: Hours = {
  kind: 'weekly',
  weekly: [...weekdays('08:00', '18:30'), { day: 6, start: '09:00', end: '12:00' }],
  exceptions: [],
};

const CAFE_HOURS: Hours = {
  kind: 'weekly',
  weekly: [
    { day: 2, start: '10:00', end: '14:00' },
    { day: 4, start: '17:00', end: '21:00' },
    { day: 6, start: '11:00', end: '15:00' },
  ],
  exceptions: [],
};

export function demoGuide(ids: string[], caseworkerFirstName: string): LocalGuideContact[] {
  return [
    {
      id: ids[0] ?? '',
      kind: 'caseworker',
      name: `${caseworkerFirstName}, your caseworker`,
      whenToUse: 'To talk about your week, or if something is worrying you. In our agreed times.',
      call: '07700 900123',
      text: { number: '07700 900123' },
      hours: AGREED_HOURS,
      picture: 'caseworker',
    },
    {
      id: ids[1] ?? '',
      kind: 'gp',
      name: 'Riverside Surgery (your GP)',
      whenToUse: 'For health worries, medicines and appointments, when it is not an emergency.',
      call: '01632 960123',
      hours: GP_HOURS,
      picture: 'gp',
    },
    {
      id: ids[2] ?? '',
      kind: 'local',
      name: 'The Lighthouse drop-in café',
      whenToUse: 'A warm place with a cup of tea and someone to chat to. No need to book.',
      call: '01632 960456',
      hours: CAFE_HOURS,
      picture: 'local',
    },
  ];
}
