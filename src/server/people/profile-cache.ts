import type { DeviceProfile } from '#shared/schemas/api';

export type CachedProfile = Omit<DeviceProfile, 'syncedAt'>;

/**
 * Phone profiles by person and profile version (people.profile_version, bumped by every write
 * that changes a profile, in that write's transaction). A version read from the database can
 * only find a profile at least that new, so instances sharing a database never serve stale data.
 * Least recently used entries go first. A profile also depends on the day (its goals finished in
 * the last 90 days, its contacts of the last 12 weeks), so an entry is kept an hour at most.
 */
export class ProfileCache {
  readonly #entries = new Map<
    string,
    { version: number; profile: CachedProfile; loadedAt: number }
  >();

  constructor(
    private readonly maxEntries = 5000,
    private readonly maxAgeMs = 60 * 60 * 1000,
  ) {}

  get(personId: string, version: number, now: Date = new Date()): CachedProfile | undefined {
    const entry = this.#entries.get(personId);
    if (!entry || entry.version !== version) return undefined;
    const age = now.getTime() - entry.loadedAt;
    if (age < 0 || age > this.maxAgeMs) {
      this.#entries.delete(personId);
      return undefined;
    }
    this.#entries.delete(personId);
    this.#entries.set(personId, entry);
    return entry.profile;
  }

  set(personId: string, version: number, profile: CachedProfile, now: Date = new Date()): void {
    this.#entries.delete(personId);
    this.#entries.set(personId, { version, profile, loadedAt: now.getTime() });
    if (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }
}

/** The cached part of a phone's profile (the same object while it stays cached). */
async function cachedPart(
  cache: ProfileCache,
  load: () => Promise<DeviceProfile | undefined>,
  device: { personId: string; profileVersion: number },
  now: Date,
): Promise<CachedProfile | undefined> {
  let cached = cache.get(device.personId, device.profileVersion, now);
  if (!cached) {
    const loaded = await load();
    if (!loaded) return undefined;
    const { syncedAt: _, ...rest } = loaded;
    cached = rest;
    cache.set(device.personId, device.profileVersion, cached, now);
  }
  return cached;
}

/**
 * A phone's profile: from the cache when its person's version has not moved, else loaded (one
 * query) and cached. `syncedAt` is always now.
 */
export async function cachedProfile(
  cache: ProfileCache,
  load: () => Promise<DeviceProfile | undefined>,
  device: { personId: string; profileVersion: number },
  now: Date,
): Promise<DeviceProfile | undefined> {
  const cached = await cachedPart(cache, load, device, now);
  return cached && { ...cached, syncedAt: now.toISOString() };
}

const texts = new WeakMap<CachedProfile, string>();

/**
 * The same as JSON text. A profile is a few kilobytes and the phones' most frequent read, so
 * each cached profile is serialised once and `syncedAt` is put in front of it.
 */
export async function cachedProfileJson(
  cache: ProfileCache,
  load: () => Promise<DeviceProfile | undefined>,
  device: { personId: string; profileVersion: number },
  now: Date,
): Promise<string | undefined> {
  const cached = await cachedPart(cache, load, device, now);
  if (!cached) return undefined;
  let text = texts.get(cached);
  if (text === undefined) texts.set(cached, (text = JSON.stringify(cached)));
  const syncedAt = `{"syncedAt":${JSON.stringify(now.toISOString())}`;
  return text === '{}' ? `${syncedAt}}` : `${syncedAt},${text.slice(1)}`;
}
