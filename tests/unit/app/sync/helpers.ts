import { createAppState, type AppState } from '../../../../src/app/state';
import { engineFor, type SyncEngine } from '../../../../src/app/sync/engine';
import { pairPhone } from '../../../../src/app/sync/pair';
import { freshLock } from '../store/helpers';
import { createNetwork } from './network';

/** A fresh app state over its own fake IndexedDB, talking to a fresh stand-in server. */
export function freshPhone() {
  const network = createNetwork();
  const { lock, dbName, reopen } = freshLock();
  const state: AppState = createAppState({ lock });
  const engine: SyncEngine = engineFor(state, network.deps);
  return { network, state, engine, lock, dbName, reopen };
}

/** A phone already linked with the network's one code. */
export async function pairedPhone() {
  const phone = freshPhone();
  const outcome = await pairPhone(phone.state, 'acde-fhjk');
  if (outcome.kind !== 'paired') throw new Error(`pairing failed: ${JSON.stringify(outcome)}`);
  await phone.engine.run();
  return phone;
}
