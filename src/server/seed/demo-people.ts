import type { PlanSections } from '#shared/schemas/plan';

/**
 * The demo service's people: their plans, goals, contacts, check-ins and urgent care. Every
 * name is obviously made up.
 */

export interface DemoMilestone {
  title: string;
  /** The person's own treat for reaching it. */
  reward: string | null;
  /** A hoped-for date, this many days from the seed day; null: none. */
  targetInDays: number | null;
  /** Ticked on the phone this many days before the seed; null: not yet. */
  doneDaysAgo: number | null;
  /** The caseworker's note on it. */
  encouragement?: string;
}

export interface DemoGoal {
  title: string;
  /** Set with the caseworker this many days before the seed. */
  setDaysAgo: number;
  /** Paused or finished this many days before the seed (history lines), else active. */
  status?: { to: 'paused' | 'finished'; daysAgo: number };
  milestones: DemoMilestone[];
}

export interface DemoPerson {
  displayName: string;
  caseworker: 'sam' | 'jo';
  /** Support began this many days before the seed (the first check-in's day too). */
  startedDaysAgo: number;
  plan: PlanSections;
  goals: DemoGoal[];
  /** Weekly contact target: from `weeksAgo` weeks back, `start` a week stepping down to `end`. */
  contactPlan: { weeksAgo: number; start: number; end: number; weeks: number };
  /** Contacts in each of the last 12 weeks, oldest first (the last is this week so far). */
  contactsPerWeek: number[];
  /** Check-ins the person chose to send, oldest first: days ago and the five answers. */
  checkIns: {
    daysAgo: number;
    reason: 'start' | 'monthly' | 'stepping-back';
    satisfied: number | null;
    worthwhile: number | null;
    happy: number | null;
    anxious: number | null;
    lonely:
      'often-or-always' | 'some-of-the-time' | 'occasionally' | 'hardly-ever' | 'never' | null;
  }[];
  /** Urgent care recorded in the journal and sent: days ago and what happened. */
  urgentCare: { daysAgo: number; wentToAe: boolean; called999: boolean; called111: boolean }[];
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
    startedDaysAgo: 84,
    goals: [
      {
        title: 'Go to the Tuesday walking group',
        setDaysAgo: 40,
        milestones: [
          {
            title: 'Find out where the group meets',
            reward: 'A hot chocolate at the Lighthouse café',
            targetInDays: null,
            doneDaysAgo: 30,
            encouragement: 'Well done, Pat. That was a big first step.',
          },
          {
            title: 'Go once with Sam',
            reward: 'An ice cream on the beach',
            targetInDays: 8,
            doneDaysAgo: null,
          },
          {
            title: 'Go on my own',
            reward: 'A new pair of walking socks',
            targetInDays: 29,
            doneDaysAgo: null,
          },
        ],
      },
      {
        title: 'Open the curtains every morning',
        setDaysAgo: 70,
        status: { to: 'finished', daysAgo: 20 },
        milestones: [
          { title: 'Three mornings in a row', reward: null, targetInDays: null, doneDaysAgo: 55 },
          {
            title: 'A whole week',
            reward: 'Fresh flowers for the window',
            targetInDays: null,
            doneDaysAgo: 21,
          },
        ],
      },
    ],
    contactPlan: { weeksAgo: 10, start: 10, end: 5, weeks: 6 },
    contactsPerWeek: [11, 9, 10, 8, 8, 7, 6, 6, 5, 6, 5, 2],
    checkIns: [
      {
        daysAgo: 84,
        reason: 'start',
        satisfied: 3,
        worthwhile: 4,
        happy: 3,
        anxious: 8,
        lonely: 'often-or-always',
      },
      {
        daysAgo: 54,
        reason: 'monthly',
        satisfied: 4,
        worthwhile: 5,
        happy: 5,
        anxious: 7,
        lonely: 'some-of-the-time',
      },
      {
        daysAgo: 24,
        reason: 'monthly',
        satisfied: 6,
        worthwhile: 6,
        happy: 6,
        anxious: 5,
        lonely: 'some-of-the-time',
      },
    ],
    urgentCare: [
      { daysAgo: 78, wentToAe: true, called999: true, called111: false },
      { daysAgo: 60, wentToAe: false, called999: false, called111: true },
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
    startedDaysAgo: 56,
    goals: [
      {
        title: 'Feel I can cope on my own at night',
        setDaysAgo: 50,
        milestones: [
          {
            title: 'Try my breathing before calling anyone',
            reward: 'A new notebook',
            targetInDays: null,
            doneDaysAgo: 35,
          },
          {
            title: 'Write in my journal instead, one night',
            reward: 'A film night in',
            targetInDays: null,
            doneDaysAgo: 12,
            encouragement: 'That took courage, Robin. Keep going.',
          },
          {
            title: 'A whole week of nights on my own',
            reward: 'Fish and chips on Friday',
            targetInDays: 14,
            doneDaysAgo: null,
          },
        ],
      },
      {
        title: 'Dig over my allotment bed',
        setDaysAgo: 30,
        status: { to: 'paused', daysAgo: 10 },
        milestones: [
          {
            title: 'Go to the allotment for an hour',
            reward: 'Seeds for the spring',
            targetInDays: null,
            doneDaysAgo: null,
          },
        ],
      },
    ],
    contactPlan: { weeksAgo: 7, start: 8, end: 4, weeks: 5 },
    contactsPerWeek: [0, 0, 0, 0, 9, 10, 8, 7, 6, 4, 5, 1],
    checkIns: [
      {
        daysAgo: 56,
        reason: 'start',
        satisfied: 4,
        worthwhile: 5,
        happy: 4,
        anxious: 9,
        lonely: 'occasionally',
      },
      {
        daysAgo: 26,
        reason: 'monthly',
        satisfied: 5,
        worthwhile: null,
        happy: 5,
        anxious: 7,
        lonely: 'occasionally',
      },
    ],
    urgentCare: [
      { daysAgo: 50, wentToAe: false, called999: true, called111: false },
      { daysAgo: 44, wentToAe: false, called999: true, called111: true },
      { daysAgo: 20, wentToAe: false, called999: false, called111: true },
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
    startedDaysAgo: 12,
    goals: [
      {
        title: 'Get back into a daily routine',
        setDaysAgo: 10,
        milestones: [
          {
            title: 'Get up before 10 on weekdays',
            reward: 'A coffee from the van in the park',
            targetInDays: 4,
            doneDaysAgo: null,
          },
          {
            title: 'Eat a proper lunch every day',
            reward: 'A new lead for Pickle',
            targetInDays: 18,
            doneDaysAgo: null,
          },
        ],
      },
    ],
    contactPlan: { weeksAgo: 1, start: 6, end: 6, weeks: 1 },
    contactsPerWeek: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 2],
    checkIns: [],
    urgentCare: [],
  },
];
