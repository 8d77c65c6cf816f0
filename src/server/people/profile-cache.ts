import type { DeviceProfile } from '#shared/schemas/api';

export type CachedProfile = Omit<DeviceProfile, 'syncedAt'>;

/**
 * Phone profiles by person and profile version (people.profile_version, bumped by every write
 * that changes a profile, in that write's transaction). A version read from the database can
 * only find a profile at least that new, so instances sharing a database never serve stale data.
 * Least recently used entries go first.
 */
export class ProfileCache {
  readonly #entries = new Map<string, { version: number; profile: CachedProfile }>();

  constructor(private readonly maxEntries = 5000) {}

  get(personId: string, version: number): CachedProfile | undefined {
    const entry = this.#entries.get(personId);
    if (!entry || entry.version !== version) return undefined;
    this.#entries.delete(personId);
    this.#entries.set(personId, entry);
    return entry.profile;
  }

  set(personId: string, version: number, profile: CachedProfile): void {
    this.#entries.delete(personId);
    this.#entries.set(personId, { version, profile });
    if (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }
}
