import { afterAll, beforeAll, beforeEach } from 'vitest';
import { endpoints } from '#shared/endpoints';
import { createAppState, type AppState } from '../../../src/app/state';
import type { SyncEngine } from '../../../src/app/state/sync';
import { engineFor } from '../../../src/app/sync/engine';
import { pairPhone } from '../../../src/app/sync/pair';
import { IDLE_LIMIT_MS } from '../../../src/server/auth/sessions';
import type { Engine } from '../../../src/server/db/database';
import { freshLock } from '../../unit/app/store/helpers';
import { createHarness, START, type Harness } from '../support/harness';
import { login, type Caller } from '../support/http';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { createNetwork } from './network';
import { ask, teamFor, WEEKDAYS } from './team';

export const PLAN_WORDS = 'Ring my sister when the nights are long';

/** The real server on a fresh database, and Casey signed in to the console. */
export interface Server {
  h: Harness;
  w: World;
  /** Casey's console session, signed in again when the test's clock has moved past its idle limit. */
  casey(): Promise<Caller>;
}

/**
 * One real server for the suite (on `engine`), with the clock at 10:00 on Monday 23 November
 * 2026 before each test. Each phone gets a person of its own, so tests do not see each other.
 */
export function useRealServer(engine: Engine): () => Server {
  let server: Server | undefined;
  beforeAll(async () => {
    const h = await createHarness(engine);
    const w = await buildWorld(h);
    let session: { caller: Caller; at: number } | null = null;
    const casey = async () => {
      const at = h.now().getTime();
      if (!session || at < session.at || at - session.at > IDLE_LIMIT_MS / 2) {
        session = { caller: await login(h.app, w.casey.email, PASSWORD), at };
      }
      return session.caller;
    };
    server = { h, w, casey };
  });
  afterAll(() => server?.h.close());
  beforeEach(() => server?.h.setNow(START));
  return () => {
    if (!server) throw new Error('the server has not started');
    return server;
  };
}

let phones = 0;

/**
 * A new person on Casey's caseload (agreed hours Mon to Fri 09:00 to 17:00, a plan with
 * `PLAN_WORDS`), a pairing code for them, and a fresh phone (its own fake IndexedDB) that
 * reaches the real server through its own network.
 */
export async function freshPhone(server: Server) {
  const { h, casey } = server;
  const person = await ask(h.app, await casey(), endpoints.people.create, {
    body: { displayName: 'Pat Phoneperson' },
  });
  const team = teamFor(h.app, casey, person.id);
  await team.setHours(WEEKDAYS);
  await team.setPlanSelfHelp([PLAN_WORDS]);
  const code = await team.newCode();
  phones++;
  const net = createNetwork(
    h.app,
    h.now,
    `198.51.${100 + Math.floor(phones / 250)}.${phones % 250}`,
  );
  const { lock, dbName, reopen } = freshLock();
  const state: AppState = createAppState({ lock });
  const engine: SyncEngine = engineFor(state, net.deps);
  return {
    net,
    team,
    code,
    state,
    engine,
    lock,
    dbName,
    reopen,
    personId: person.id,
    setClock: (iso: string) => h.setNow(new Date(iso)),
  };
}

/** A phone already linked with its person's code, after its first sync. */
export async function pairedPhone(server: Server) {
  const phone = await freshPhone(server);
  const outcome = await pairPhone(phone.state, phone.code);
  if (outcome.kind !== 'paired') throw new Error(`pairing failed: ${JSON.stringify(outcome)}`);
  await phone.engine.run();
  return phone;
}

export type Phone = Awaited<ReturnType<typeof freshPhone>>;
