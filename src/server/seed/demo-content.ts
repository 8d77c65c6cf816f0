import type { LocalGuideContact } from '#shared/schemas/guide';
import type { Hours } from '#shared/schemas/hours';
import type { PlanSections } from '#shared/schemas/plan';

/**
 * The demo service's words. Every name is obviously made up, every number is from Ofcom's
 * ranges kept for drama (01632 960xxx, 07700 900xxx), every email is at example.org.
 */

export const DEMO_SERVICE = 'Riverside HIU (demo)';

export const DEMO_STAFF = [
  { key: 'lead', name: 'Alex Demolead', email: 'lead@hiu-demo.example.org', role: 'lead' },
  { key: 'sam', name: 'Sam Samplecase', email: 'sam@hiu-demo.example.org', role: 'caseworker' },
  { key: 'jo', name: 'Jo Examplework', email: 'jo@hiu-demo.example.org', role: 'caseworker' },
] as const;

/** UK bank holidays in the next few months: the team is closed on these. */
const BANK_HOLIDAYS = [
  { date: '2026-12-25', label: 'Christmas Day' },
  { date: '2026-12-28', label: 'Boxing Day (bank holiday)' },
  { date: '2027-01-01', label: "New Year's Day" },
  { date: '2027-03-26', label: 'Good Friday' },
  { date: '2027-03-29', label: 'Easter Monday' },
];

const weekdays = (start: string, end: string) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

export const AGREED_HOURS: Hours = {
  kind: 'weekly',
  weekly: weekdays('09:00', '17:00'),
  exceptions: BANK_HOLIDAYS.map((h) => ({ ...h, windows: [] })),
};

const GP_HOURS: Hours = {
  kind: 'weekly',
  weekly: [...weekdays('08:00', '18:30'), { day: 6, start: '09:00', end: '12:00' }],
  exceptions: BANK_HOLIDAYS.map((h) => ({ ...h, windows: [] })),
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

export interface DemoPerson {
  displayName: string;
  caseworker: 'sam' | 'jo';
  plan: PlanSections;
  goals: {
    title: string;
    why: string;
    milestones: { title: string; done: boolean }[];
    reward: string;
  }[];
}

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    displayName: 'Pat Pretendperson',
    caseworker: 'sam',
    plan: {
      warningSigns: ['I stop eating properly.', 'I stay in bed and do not open the curtains.'],
      selfHelp: ['Make a hot drink and sit by the window.', 'Play my favourite radio station.'],
      placesThatHelp: ['The Lighthouse café on Tuesdays.', 'Walking by the river.'],
      peopleToAsk: ['My neighbour Chris (made-up name) at number 4.'],
      professionals: ['Sam, my caseworker, in our agreed times.', 'My GP in the daytime.'],
      keepingSafe: ['Keep only a week of tablets at home. The rest stays at the pharmacy.'],
      whatMatters: ['My cat, Biscuit.', 'Seeing my grandson at the weekend.'],
      outOfHours: [
        'Please talk to me calmly and slowly.',
        'I may not need A&E. Ask me if I have used my plan first.',
      ],
    },
    goals: [
      {
        title: 'Go to the Tuesday walking group',
        why: 'To get out of the house and meet people.',
        milestones: [
          { title: 'Find out where the group meets', done: true },
          { title: 'Go once with Sam', done: false },
          { title: 'Go on my own', done: false },
        ],
        reward: 'An ice cream on the beach',
      },
    ],
  },
  {
    displayName: 'Robin Madeupname',
    caseworker: 'sam',
    plan: {
      warningSigns: ['My heart races and I think something bad will happen.'],
      selfHelp: ['Breathe in for 4, out for 6, five times.', 'Hold something cold.'],
      placesThatHelp: ['The library reading room.'],
      peopleToAsk: ['My sister (made-up) after 6pm.'],
      professionals: ['Sam in the daytime.', 'NHS 111, option 2, at night.'],
      keepingSafe: ['Write in my journal before I call anyone.'],
      whatMatters: ['Keeping my flat.', 'My allotment.'],
      outOfHours: ['I have panic attacks. Reassure me and give me time before anything else.'],
    },
    goals: [
      {
        title: 'Call the ambulance less often',
        why: 'I want to feel I can cope on my own at night.',
        milestones: [
          { title: 'Try my breathing before calling', done: true },
          { title: 'Write in my journal instead, one night', done: true },
          { title: 'A whole week without calling 999', done: false },
        ],
        reward: 'Fish and chips on Friday',
      },
    ],
  },
  {
    displayName: 'Charlie Fictional',
    caseworker: 'jo',
    plan: {
      warningSigns: ['I drink more than usual.', 'I stop answering the phone.'],
      selfHelp: ['Take the dog round the park.', 'Have a shower and change my clothes.'],
      placesThatHelp: ['The community garden on Saturdays.'],
      peopleToAsk: ['My friend from the garden (made-up).'],
      professionals: ['Jo, my caseworker.', 'The alcohol service drop-in.'],
      keepingSafe: ['Do not keep more than one bottle in the house.'],
      whatMatters: ['My dog, Pickle.', 'Staying well enough to work again.'],
      outOfHours: ['Ask me if I have eaten today. Help me get home safely.'],
    },
    goals: [
      {
        title: 'Get back into a daily routine',
        why: 'A routine makes the evenings easier.',
        milestones: [
          { title: 'Get up before 10 on weekdays', done: false },
          { title: 'Eat a proper lunch every day', done: false },
        ],
        reward: 'A new lead for Pickle',
      },
    ],
  },
];
