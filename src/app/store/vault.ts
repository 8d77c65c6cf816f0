import type { Codec } from './body';
import type { HiuDb } from './db';

/**
 * Where the person's records live and how to read them right now. Every store function takes
 * one; the app lock (`src/app/lock`) is the app's, and tests pass a plain one.
 */
export interface Vault {
  db(): Promise<HiuDb>;
  codec(): Codec;
}

/** The vault as the app lock gives it: it can be locked, and forgotten after "delete everything". */
export interface LockableVault extends Vault {
  /** Run `fn` before the key is forgotten (to save a draft). Returns an unsubscribe. */
  beforeLock(fn: () => Promise<void> | void): () => void;
  /** After "delete everything": back to no lock, with a fresh database. */
  forget(): void;
}
