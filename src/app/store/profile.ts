import { z } from 'zod';
import { DeviceProfile } from '#shared/schemas/api';
import { ServiceCalendar } from '#shared/schemas/calendar';
import { GuideContact } from '#shared/schemas/guide';
import { PhoneLeave } from '#shared/schemas/leave';
import { contextOf, type Body, type Codec } from './body';
import { firstName } from './profile-fields';
import type { Vault } from './vault';

/**
 * Where the phone keeps the last profile it synced: the `meta` store, under this key, in two
 * parts. `helpNow` is plain, because Help now must show it while the app is locked: the guide
 * of whom to call (names of services, numbers, opening hours, with the caseworker's own entry
 * named by first name only), the team's 111 wording, the caseworker's first name and photo
 * address, and the service calendar (which nations' bank holidays, the team's closures) so a
 * surgery is shown closed on Christmas Day on a locked phone too, and the caseworker's leave
 * with who covers (first names), so the caseworker card names the cover on a locked phone. `body` is the whole profile (without the plan's words, which live in the `plan`
 * store): sealed like the journal when a lock is set, so the person's name, the caseworker's
 * full name and service, the agreed hours, goals, rewards and the contact log are not readable
 * on a locked phone.
 */
export const PROFILE_META_KEY = 'device-profile';

/** What Help now needs while the app is locked, and nothing else. */
export const HelpNowProfile = z.object({
  guide: z.array(GuideContact).max(40),
  caseworker: z.object({ name: z.string().max(80), photo: z.string().max(200).nullable() }),
  nhs111Wording: z.string().max(600).nullable(),
  /** Optional: records kept before the calendar was sent still parse. */
  calendar: ServiceCalendar.optional(),
  /** The caseworker's leave and who covers (first names), so the card is right when locked. */
  leave: z.array(PhoneLeave).max(4).optional(),
  syncedAt: z.string().max(40),
});
export type HelpNowProfile = z.infer<typeof HelpNowProfile>;

const SealedBody = z.object({
  sealed: z.literal(true),
  iv: z.instanceof(Uint8Array),
  data: z.instanceof(ArrayBuffer),
});
const PlainBody = z.object({ sealed: z.literal(false), value: z.unknown() });

/** The record on disk. */
export const ProfileRecord = z.object({
  helpNow: HelpNowProfile,
  body: z.union([PlainBody, SealedBody]),
});
export interface ProfileRecord {
  helpNow: HelpNowProfile;
  body: Body;
}

export const PROFILE_CONTEXT = contextOf('meta', PROFILE_META_KEY);

/** The plain part of a profile: only what Help now shows. */
export function helpNowPart(profile: DeviceProfile): HelpNowProfile {
  return {
    guide: profile.guide.map((contact) =>
      contact.kind === 'caseworker' ? { ...contact, name: firstName(contact.name) } : contact,
    ),
    caseworker: {
      name: firstName(profile.caseworker.name),
      photo: profile.caseworker.photo ?? null,
    },
    nhs111Wording: profile.nhs111Wording ?? null,
    ...(profile.calendar ? { calendar: profile.calendar } : {}),
    ...(profile.leave
      ? {
          leave: profile.leave.map((l) => ({
            ...l,
            cover: l.cover ? { ...l.cover, name: firstName(l.cover.name) } : null,
          })),
        }
      : {}),
    syncedAt: profile.syncedAt,
  };
}

/** A profile as it is kept: its Help now part in clear, the whole encoded with `codec`. */
export async function profileRecord(profile: DeviceProfile, codec: Codec): Promise<ProfileRecord> {
  return { helpNow: helpNowPart(profile), body: await codec.encode(profile, PROFILE_CONTEXT) };
}

/** What is on disk, read: the Help now part always, the whole profile when it can be opened. */
export interface ProfileRead {
  helpNow: HelpNowProfile;
  profile: DeviceProfile | null;
}

/**
 * Read a stored profile record. An older app kept the whole profile plain (a `DeviceProfile`):
 * that still reads, and is split on its next write or re-keying. Null if there is none or it
 * does not match either shape.
 */
export async function readProfileRecord(raw: unknown, codec: Codec): Promise<ProfileRead | null> {
  const old = DeviceProfile.safeParse(raw);
  if (old.success) return { helpNow: helpNowPart(old.data), profile: old.data };
  const parsed = ProfileRecord.safeParse(raw);
  if (!parsed.success) return null;
  const { helpNow } = parsed.data;
  const body = parsed.data.body as Body;
  try {
    const whole = DeviceProfile.safeParse(await codec.decode(body, PROFILE_CONTEXT));
    return { helpNow, profile: whole.success ? whole.data : null };
  } catch {
    // Locked, or (should not happen) sealed with another key: Help now still works, and the
    // next sync with the app open writes it again.
    return { helpNow, profile: null };
  }
}

/**
 * Re-encode a stored profile record from one codec to another (setting or removing the lock).
 * Null when there is nothing to write: no record, or one that cannot be opened (left as it is).
 */
export async function recodeProfileRecord(
  raw: unknown,
  from: Codec,
  to: Codec,
): Promise<ProfileRecord | null> {
  const read = await readProfileRecord(raw, from);
  if (!read?.profile) return null;
  return profileRecord(read.profile, to);
}

/** The cached profile: its Help now part and, when it can be opened, the whole. */
export async function readCachedProfile(vault: Vault): Promise<ProfileRead | null> {
  const db = await vault.db();
  return readProfileRecord(await db.get('meta', PROFILE_META_KEY), vault.codec());
}
