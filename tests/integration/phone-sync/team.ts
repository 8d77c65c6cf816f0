import {
  endpoints,
  pathOf,
  type CallInput,
  type CallResult,
  type Endpoint,
} from '#shared/endpoints';
import type { Goal } from '#shared/schemas/goal';
import type { Hours } from '#shared/schemas/hours';
import { emptyPlanSections } from '#shared/schemas/plan';
import type { App } from '../../../src/server/app';
import { call, json, type Caller } from '../support/http';

/** One call of an endpoint as a signed-in caseworker, its answer read by the entry's schema. */
export async function ask<E extends Endpoint>(
  app: App,
  as: Caller,
  endpoint: E,
  input: CallInput<E>,
): Promise<CallResult<E>>;
export async function ask(
  app: App,
  as: Caller,
  endpoint: Endpoint,
  input: { params?: unknown; query?: unknown; body?: unknown },
): Promise<unknown> {
  const path = pathOf(endpoint, input.params, input.query);
  const res = await call(app, endpoint.method, path, { as, body: input.body });
  if (!endpoint.success.includes(res.status)) {
    throw new Error(`${endpoint.method} ${path}: ${res.status} ${await res.text()}`);
  }
  return endpoint.response === null ? undefined : endpoint.response.parse(await json(res));
}

/** Mon to Fri, 09:00 to 17:00. */
export const WEEKDAYS: Hours = {
  kind: 'weekly',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
  exceptions: [],
};

/** What the caseworker does for one person, through the console's own routes. */
export function teamFor(app: App, signedIn: () => Promise<Caller>, personId: string) {
  const params = { personId };
  const as = <E extends Endpoint>(endpoint: E, input: CallInput<E>) =>
    signedIn().then((casey) => ask(app, casey, endpoint, input));
  return {
    personId,
    newCode: async () => (await as(endpoints.people.createPairingCode, { params })).code,
    setHours: (hours: Hours) => as(endpoints.people.setHours, { params, body: hours }),
    setPlanSelfHelp: (selfHelp: string[]) =>
      as(endpoints.people.setPlan, {
        params,
        body: { sections: { ...emptyPlanSections(), selfHelp } },
      }),
    reply: (body: string) => as(endpoints.people.reply, { params, body: { body } }),
    messages: () => as(endpoints.people.messages, { params }),
    sharedEntries: () => as(endpoints.people.sharedEntries, { params }),
    readShare: (entryId: string) =>
      as(endpoints.people.readSharedEntry, { params: { personId, entryId } }),
    addGoal: (goal: Pick<Goal, 'id' | 'title'> & { milestoneId: string; milestone: string }) =>
      as(endpoints.goals.create, {
        params,
        body: {
          id: goal.id,
          title: goal.title,
          milestones: [
            { id: goal.milestoneId, title: goal.milestone, targetDate: null, reward: null },
          ],
        },
      }),
    goals: () => as(endpoints.goals.list, { params }),
    setTargets: (steps: { fromWeek: string; times: number }[]) =>
      as(endpoints.contacts.setTargets, { params, body: { steps } }),
    contacts: async () => (await as(endpoints.contacts.view, { params })).events,
    wellbeing: () => as(endpoints.wellbeing.view, { params }),
    /** End the link of every phone the person has (the console's "Unlink this phone"). */
    revokeEveryPhone: async () => {
      for (const device of await as(endpoints.people.devices, { params })) {
        await as(endpoints.people.revokeDevice, {
          params: { personId, deviceId: device.id },
        });
      }
    },
  };
}

export type Team = ReturnType<typeof teamFor>;
