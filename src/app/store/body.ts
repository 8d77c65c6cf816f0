import type * as SealModule from './seal';
import type { Sealed } from './seal';

/** The AES-GCM code: loaded on the first sealed read or write, not in the first load. */
let sealModule: Promise<typeof SealModule> | null = null;
const sealCode = () => (sealModule ??= import('./seal'));

/** What a record keeps of the person's words: the plain value, or the value encrypted. */
export type Body = { sealed: false; value: unknown } | ({ sealed: true } & Sealed);

/** Thrown when a sealed record is read while the app is locked. */
export class LockedError extends Error {
  constructor() {
    super('The app is locked.');
    this.name = 'LockedError';
  }
}

/**
 * Turns values into bodies and back. With no lock, bodies are plain; with a lock and the key in
 * memory, they are sealed; with a lock and no key, reading and writing words is refused.
 */
export interface Codec {
  readonly mode: 'plain' | 'sealed' | 'locked';
  encode(value: unknown, context: string): Promise<Body>;
  decode(body: Body, context: string): Promise<unknown>;
}

/** The codec when there is no lock: nothing encrypted. */
export const plainCodec: Codec = {
  mode: 'plain',
  encode: (value) => Promise.resolve({ sealed: false, value }),
  decode: (body) => (body.sealed ? Promise.reject(new LockedError()) : Promise.resolve(body.value)),
};

/** The codec while a lock is set but the key is not in memory. */
export const lockedCodec: Codec = {
  mode: 'locked',
  encode: () => Promise.reject(new LockedError()),
  decode: () => Promise.reject(new LockedError()),
};

/** The codec while unlocked. Plain bodies still read (they are sealed again on the next write). */
export function sealedCodec(key: CryptoKey): Codec {
  return {
    mode: 'sealed',
    encode: async (value, context) => {
      const { seal } = await sealCode();
      return { sealed: true, ...(await seal(key, value, context)) };
    },
    decode: async (body, context) => {
      if (!body.sealed) return body.value;
      const { unseal } = await sealCode();
      return unseal(key, body, context);
    },
  };
}

/** The additional data that binds a sealed body to its record. */
export function contextOf(
  store:
    | 'entries'
    | 'drafts'
    | 'plan'
    | 'outbox'
    | 'messages'
    | 'checkins'
    | 'search'
    | 'meta'
    | 'hope'
    | 'sent-photos',
  id: string,
): string {
  return `hiu/${store}/${id}`;
}
