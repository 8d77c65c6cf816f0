import { PersonParams } from '../schemas/api';
import {
  ContactAlternativesRequest,
  ContactEvent,
  ContactLogPage,
  ContactLogQuery,
  ContactParams,
  ContactsView,
  ContactTargetsRequest,
  LogContactRequest,
} from '../schemas/contact';
import {
  EncouragementRequest,
  Goal,
  GoalInput,
  GoalList,
  GoalParams,
  MilestoneParams,
  TickMilestoneRequest,
} from '../schemas/goal';
import { WellbeingView } from '../schemas/wellbeing';
import { endpoint } from './define';

/** A person's goals and milestones, set by the caseworker with them. */
export const goals = {
  list: endpoint('goals.list', {
    method: 'GET',
    path: '/api/people/:personId/goals',
    auth: 'staff',
    summary: "The person's goals, with their history.",
    params: PersonParams,
    response: GoalList,
  }),
  create: endpoint('goals.create', {
    method: 'POST',
    path: '/api/people/:personId/goals',
    auth: 'staff',
    summary: 'Set a goal, in the person’s own words, with its steps and rewards.',
    params: PersonParams,
    body: GoalInput,
    response: Goal,
    success: [201],
  }),
  change: endpoint('goals.change', {
    method: 'PUT',
    path: '/api/people/:personId/goals/:goalId',
    auth: 'staff',
    summary: 'Change, pause, restart or finish a goal.',
    params: GoalParams,
    body: GoalInput,
    response: Goal,
  }),
  tick: endpoint('goals.tick', {
    method: 'PUT',
    path: '/api/people/:personId/goals/:goalId/milestones/:milestoneId',
    auth: 'staff',
    summary: 'Tick a step for the person, or take the tick back.',
    params: MilestoneParams,
    body: TickMilestoneRequest,
    response: Goal,
  }),
  encourage: endpoint('goals.encourage', {
    method: 'POST',
    path: '/api/people/:personId/goals/:goalId/milestones/:milestoneId/encouragement',
    auth: 'staff',
    summary: 'Add a note of encouragement to a ticked step.',
    params: MilestoneParams,
    body: EncouragementRequest,
    response: Goal,
  }),
};

/** How often a person is in touch, against the targets agreed with them. */
export const contacts = {
  view: endpoint('contacts.view', {
    method: 'GET',
    path: '/api/people/:personId/contacts',
    auth: 'staff',
    summary: 'Contacts and targets, week by week.',
    params: PersonParams,
    response: ContactsView,
  }),
  page: endpoint('contacts.page', {
    method: 'GET',
    path: '/api/people/:personId/contact-log',
    auth: 'staff',
    summary: 'One page of every contact, newest first, with notes and outcomes (staff only).',
    params: PersonParams,
    query: ContactLogQuery,
    response: ContactLogPage,
  }),
  log: endpoint('contacts.log', {
    method: 'POST',
    path: '/api/people/:personId/contacts',
    auth: 'staff',
    summary:
      'Log a call, text or visit, with an outcome and note (the same id twice is one contact).',
    params: PersonParams,
    body: LogContactRequest,
    response: ContactEvent,
    success: [201, 200],
  }),
  remove: endpoint('contacts.remove', {
    method: 'DELETE',
    path: '/api/people/:personId/contacts/:contactId',
    auth: 'staff',
    summary: 'Take back a logged contact.',
    params: ContactParams,
    response: null,
  }),
  setTargets: endpoint('contacts.setTargets', {
    method: 'PUT',
    path: '/api/people/:personId/contact-targets',
    auth: 'staff',
    summary: 'Plan the contact targets, stepping down week by week.',
    params: PersonParams,
    body: ContactTargetsRequest,
    response: ContactsView,
  }),
  setAlternatives: endpoint('contacts.setAlternatives', {
    method: 'PUT',
    path: '/api/people/:personId/contact-alternatives',
    auth: 'staff',
    summary: 'Name the supports from the person’s own guide to use instead of the team.',
    params: PersonParams,
    body: ContactAlternativesRequest,
    response: ContactsView,
  }),
};

/** What the person chose to tell the team about their wellbeing and urgent care. */
export const wellbeing = {
  view: endpoint('wellbeing.view', {
    method: 'GET',
    path: '/api/people/:personId/wellbeing',
    auth: 'staff',
    summary: 'Check-ins and urgent care the person sent.',
    params: PersonParams,
    response: WellbeingView,
  }),
};
