import type { DeviceAuthRow } from '../db/tables/devices.table';
import type { BusMessage } from '../live/bus';

interface Entry {
  row: DeviceAuthRow;
  cachedAt: number;
}

/**
 * Phone token checks without a query: token hash → the device row (with its person's profile
 * version), kept for a short while. Anything that would make an entry wrong arrives on the live
 * bus, from every instance, right after it commits: a revoked phone (`device-revoked`) and a
 * changed profile (`profile-changed`) drop entries; a `gap` (the bus may have missed messages)
 * drops them all. A lookup that started before an invalidation is not cached (the generation
 * check), and the cache is bypassed while the bus is not `reliable()`. Revoked or unknown
 * tokens are never cached: they always ask the database.
 */
export class DeviceTokenCache {
  readonly #entries = new Map<string, Entry>();
  #generation = 0;

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 20_000,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  /** Note the generation before reading the database; pass it to `set`. */
  generation(): number {
    return this.#generation;
  }

  get(tokenHash: string, now: number): DeviceAuthRow | undefined {
    const entry = this.#entries.get(tokenHash);
    if (!entry) return undefined;
    if (now - entry.cachedAt > this.ttlMs || now < entry.cachedAt) {
      this.#entries.delete(tokenHash);
      return undefined;
    }
    return entry.row;
  }

  /** Keep a row read from the database, unless something was invalidated since `generation`. */
  set(tokenHash: string, row: DeviceAuthRow, generation: number, now: number): void {
    if (generation !== this.#generation || row.revoked_at) return;
    this.#entries.delete(tokenHash);
    this.#entries.set(tokenHash, { row, cachedAt: now });
    if (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }

  /** The device's `last_seen_at` was just written. */
  touched(tokenHash: string, at: Date): void {
    const entry = this.#entries.get(tokenHash);
    if (entry) entry.row = { ...entry.row, last_seen_at: at };
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }

  /** Listen to this on the live bus. */
  onMessage(message: BusMessage): void {
    if (message.kind === 'gap') {
      this.clear();
      return;
    }
    if (message.kind !== 'device-revoked' && message.kind !== 'profile-changed') return;
    this.#generation++;
    const drop =
      message.kind === 'device-revoked'
        ? (row: DeviceAuthRow) => row.id === message.deviceId
        : (row: DeviceAuthRow) => message.personIds.includes(row.person_id);
    for (const [hash, entry] of this.#entries) {
      if (drop(entry.row)) this.#entries.delete(hash);
    }
  }
}
