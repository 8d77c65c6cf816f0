/**
 * A stand-in for the server's phone API on the far side of the network, for the sync unit tests:
 * it keeps to the contract in `#shared/schemas/connect` (requests are validated with the shared
 * schemas, so a wrong request fails the test) and lets a test cut the signal or lose answers.
 * The real server is exercised by the Playwright specs (tests/e2e/pair|messages|share.spec.ts).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { DeviceProfile } from '#shared/schemas/api';
import { PairRequest } from '#shared/schemas/api';
import {
  DeviceReadMessagesRequest,
  PushSubscriptionRequest,
  SendMessageRequest,
  type SharedEntryState,
  type SyncResponse,
} from '#shared/schemas/connect';
import { nextOpening, isOpen } from '#shared/hours';
import { ShareJournalEntryRequest, type JournalEntry } from '#shared/schemas/journal';
import type { Message } from '#shared/schemas/message';
import { emptyPlanSections } from '#shared/schemas/plan';
import { DeviceLogContactRequest, type ContactEvent } from '#shared/schemas/contact';
import { TickMilestoneRequest, type Goal } from '#shared/schemas/goal';
import {
  CheckInRequest,
  UrgentCareRequest,
  type CheckIn,
  type UrgentCareReport,
} from '#shared/schemas/wellbeing';
import type { SyncDeps } from '../../../../src/device/call-api';

export const PERSON_ID = '3f1e2d4c-5b6a-4789-8abc-def012345678';
export const CASEWORKER_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
export const PLAN_WORDS = 'Ring my sister when the nights are long';

export function profileFor(now: Date): DeviceProfile {
  return {
    person: { id: PERSON_ID, displayName: 'Pat' },
    caseworker: { name: 'Sam Samplecase' },
    service: { name: 'Seaside HIU' },
    hours: {
      kind: 'weekly',
      weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
      exceptions: [],
    },
    plan: {
      sections: { ...emptyPlanSections(), selfHelp: [PLAN_WORDS] },
      updatedAt: '2026-11-20T10:00:00Z',
    },
    guide: [],
    syncedAt: now.toISOString(),
  };
}

type Mode = 'up' | 'offline' | 'lose-answers';

export function createNetwork(startAt = '2026-11-23T10:00:00Z') {
  let clock = new Date(startAt);
  let mode: Mode = 'up';
  const revoked = new Set<string>();
  let changeSeq = 0;
  const codes = new Set(['ACDEFHJK']);
  const tokens = new Set<string>();
  const messages = new Map<string, Message & { seq: number }>();
  const shares = new Map<string, SharedEntryState & { entry: JournalEntry }>();
  const subscriptions = new Set<string>();
  // Issue 5: what the caseworker set, and what the phone sent.
  let goals: Goal[] = [];
  let targets: { fromWeek: string; times: number }[] = [];
  let support: NonNullable<DeviceProfile['support']> = {
    status: 'active',
    startedAt: '2026-10-01T09:00:00Z',
    steppedBackAt: null,
  };
  const contacts = new Map<string, ContactEvent>();
  const checkIns = new Map<string, CheckIn>();
  const urgentCare = new Map<string, UrgentCareReport>();
  const profileNow = (): DeviceProfile => ({
    ...profileFor(clock),
    support,
    goals,
    contacts: { targets, events: [...contacts.values()] },
  });
  const log: string[] = [];
  let rateLimited = 0;
  /** Ids another person's phone already used: the server answers 409 `id_taken`. */
  const usedElsewhere = new Set<string>();

  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(body === null ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  const problem = (status: number, error: string, headers?: Record<string, string>) =>
    json(status, { error, message: error }, headers);

  function handle(method: string, url: URL, auth: string | null, body: unknown): Response {
    const path = url.pathname;
    if (method === 'POST' && path === '/api/device/pair') {
      const req = PairRequest.parse(body);
      if (!codes.delete(req.code)) return problem(400, 'pairing_code_unknown');
      const token = randomBytes(32).toString('base64url');
      tokens.add(token);
      return json(201, { token, deviceId: randomUUID(), profile: profileNow() });
    }
    const token = auth?.replace(/^Bearer /, '') ?? '';
    if (!tokens.has(token)) return problem(401, 'device_unknown');
    if (revoked.has(token)) return problem(401, 'device_revoked');
    if (rateLimited > 0) {
      rateLimited--;
      return problem(429, 'too_many_attempts', { 'retry-after': '30' });
    }
    const id = /([0-9a-f-]{36})$/.exec(path)?.[1];
    if (method === 'PUT' && id && usedElsewhere.has(id)) {
      return problem(409, 'id_taken');
    }
    if (method === 'GET' && path === '/api/device/sync') {
      const since = Number(url.searchParams.get('since') ?? '0');
      const body: SyncResponse = {
        cursor: String(changeSeq),
        profile: profileNow(),
        messages: [...messages.values()].filter((m) => m.seq > since).map(({ seq: _, ...m }) => m),
        sharedEntries: [...shares.values()].map(({ entry: _, ...s }) => s),
        vapidPublicKey: 'BOr6Z3tWnoNvG3ZgOa5lR8C0Qx8n8xY3z0U0vVhZ1rQ',
      };
      return json(200, body);
    }
    if (method === 'POST' && path === '/api/device/messages') {
      const req = SendMessageRequest.parse(body);
      const hours = profileFor(clock).hours;
      const existing = messages.get(req.id);
      const message = existing ?? {
        id: req.id,
        personId: PERSON_ID,
        from: 'person' as const,
        caseworkerId: null,
        body: req.body,
        sentAt: clock.toISOString(),
        heldUntil: isOpen(hours, clock) ? null : (nextOpening(hours, clock)?.toISOString() ?? null),
        readAt: null,
        seq: ++changeSeq,
      };
      messages.set(req.id, message);
      const { seq: _, ...out } = message;
      return json(existing ? 200 : 201, { message: out });
    }
    if (method === 'POST' && path === '/api/device/messages/read') {
      const upTo = DeviceReadMessagesRequest.parse(body).upTo ?? clock.toISOString();
      for (const m of messages.values()) {
        if (m.from === 'caseworker' && !m.readAt && m.sentAt <= upTo) {
          m.readAt = clock.toISOString();
          m.seq = ++changeSeq;
        }
      }
      return json(200, { ok: true });
    }
    const share = /^\/api\/device\/shared-entries\/([0-9a-f-]{36})$/.exec(path);
    if (share?.[1] && method === 'PUT') {
      const req = ShareJournalEntryRequest.parse(body);
      const state = { id: share[1], sharedAt: clock.toISOString(), readAt: null };
      shares.set(share[1], { ...state, entry: req.entry });
      return json(200, state);
    }
    if (share?.[1] && method === 'DELETE') {
      shares.delete(share[1]);
      return json(204, null);
    }
    const milestone = /^\/api\/device\/milestones\/([0-9a-f-]{36})$/.exec(path);
    if (milestone?.[1] && method === 'PUT') {
      const req = TickMilestoneRequest.parse(body);
      const goal = goals.find((g) => g.milestones.some((m) => m.id === milestone[1]));
      if (!goal) return problem(404, 'not_found');
      goals = goals.map((g) =>
        g !== goal
          ? g
          : {
              ...g,
              milestones: g.milestones.map((m) =>
                m.id !== milestone[1]
                  ? m
                  : { ...m, doneAt: req.done ? (m.doneAt ?? req.at) : null },
              ),
            },
      );
      return json(
        200,
        goals.find((g) => g.id === goal.id),
      );
    }
    const contact = /^\/api\/device\/contacts\/([0-9a-f-]{36})$/.exec(path);
    if (contact?.[1] && method === 'PUT') {
      const req = DeviceLogContactRequest.parse(body);
      const event = contacts.get(contact[1]) ?? {
        id: contact[1],
        ...req,
        source: 'person' as const,
      };
      contacts.set(contact[1], event);
      return json(200, event);
    }
    if (contact?.[1] && method === 'DELETE') {
      contacts.delete(contact[1]);
      return json(204, null);
    }
    const checkIn = /^\/api\/device\/check-ins\/([0-9a-f-]{36})$/.exec(path);
    if (checkIn?.[1] && method === 'PUT') {
      const req = CheckInRequest.parse(body);
      const kept = checkIns.get(checkIn[1]) ?? { id: checkIn[1], ...req };
      checkIns.set(checkIn[1], kept);
      return json(200, kept);
    }
    const urgent = /^\/api\/device\/urgent-care\/([0-9a-f-]{36})$/.exec(path);
    if (urgent?.[1] && method === 'PUT') {
      const report = { id: urgent[1], ...UrgentCareRequest.parse(body) };
      urgentCare.set(urgent[1], report);
      return json(200, report);
    }
    if (urgent?.[1] && method === 'DELETE') {
      if (body !== undefined) return problem(400, 'invalid_input');
      urgentCare.delete(urgent[1]);
      return json(204, null);
    }
    if (path === '/api/device/push-subscription') {
      const req = PushSubscriptionRequest.parse(body);
      if (method === 'PUT') subscriptions.add(req.endpoint);
      else subscriptions.delete(req.endpoint);
      return json(204, null);
    }
    return problem(404, 'not_found');
  }

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input), 'http://phone.test');
    const method = init?.method ?? 'GET';
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    const headers = new Headers(init?.headers);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    log.push(`${method} ${url.pathname}`);
    const response = handle(method, url, headers.get('authorization'), body);
    // The server did the work, but the answer never reached the phone.
    if (mode === 'lose-answers') throw new TypeError('Failed to fetch');
    return response;
  };

  const deps: SyncDeps = { fetch, now: () => clock };

  return {
    deps,
    log,
    messages,
    shares,
    subscriptions,
    contacts,
    checkIns,
    urgentCare,
    goals: () => goals,
    /** The caseworker sets goals and a contact plan, or steps support back (the console). */
    setGoals: (next: Goal[]) => (goals = next),
    setTargets: (next: { fromWeek: string; times: number }[]) => (targets = next),
    setSupport: (next: NonNullable<DeviceProfile['support']>) => (support = next),
    /** The caseworker logs a contact (or the server counts a message). */
    addContact: (event: ContactEvent) => contacts.set(event.id, event),
    setMode: (m: Mode) => (mode = m),
    setClock: (iso: string) => (clock = new Date(iso)),
    /** The caseworker revokes every phone linked so far. */
    revoke: () => tokens.forEach((t) => revoked.add(t)),
    /** The caseworker makes a new pairing code. */
    addCode: (code: string) => codes.add(code),
    rateLimitNext: (n: number) => (rateLimited = n),
    /** Another person's phone used this id first (as a forged or copied id would be). */
    usedElsewhere: (id: string) => usedElsewhere.add(id),
    /** The caseworker replies (as the console would). */
    reply(body: string): Message {
      const message = {
        id: randomUUID(),
        personId: PERSON_ID,
        from: 'caseworker' as const,
        caseworkerId: CASEWORKER_ID,
        body,
        sentAt: clock.toISOString(),
        heldUntil: null,
        readAt: null,
        seq: ++changeSeq,
      };
      messages.set(message.id, message);
      return message;
    },
    markShareRead(entryId: string) {
      const s = shares.get(entryId);
      if (s) s.readAt = clock.toISOString();
    },
  };
}
