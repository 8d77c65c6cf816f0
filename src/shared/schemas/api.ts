/**
 * Request and response bodies for each HTTP route (see the contract in the team brief).
 * Request bodies are strict objects: an unknown or misspelt field is an error, not ignored.
 */
import { z } from 'zod';
import { ServiceCalendar } from './calendar';
import { AuditEntry } from './audit';
import { Caseworker, CaseworkerRole } from './caseworker';
import { DisplayName, Email, Id, Instant, text } from './common';
import { ContactsView } from './contact';
import { Device, DeviceToken } from './device';
import { GoalList } from './goal';
import { GuideContact, LocalGuideContact } from './guide';
import { Hours } from './hours';
import { AwayToday, PhoneLeave } from './leave';
import { PairingCode } from './pairing';
import { Person, PersonStatus } from './person';
import { CrisisPlan, PlanSections } from './plan';
import { RelapsePlan, RelapsePlanInput } from './review';
import { Service } from './service';
import { Routine } from './routine';

const Password = z.string().min(1).max(200);

// ---- Caseworker side: auth

/** POST /api/auth/login */
export const LoginRequest = z.strictObject({ email: Email, password: Password });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const LoginResponse = z.object({
  caseworker: Caseworker,
  service: Service,
  csrfToken: z.string().min(16).max(200),
  mustChangePassword: z.boolean(),
});
export type LoginResponse = z.infer<typeof LoginResponse>;

/** GET /api/auth/me: the same as a login. */
export const MeResponse = LoginResponse;
export type MeResponse = z.infer<typeof MeResponse>;

/**
 * GET /api/auth/session: whether anyone is signed in, always a 200. Opening the console signed
 * out is normal, so it is not answered as an error (which the browser would log on every visit).
 */
export const SessionResponse = z.object({ session: MeResponse.nullable() });
export type SessionResponse = z.infer<typeof SessionResponse>;

/** POST /api/auth/password. New passwords: 12 to 200 characters. */
export const ChangePasswordRequest = z.strictObject({
  currentPassword: Password,
  newPassword: z.string().min(12, 'Use at least 12 characters').max(200),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/** Any write that has nothing to say back: logout, password, revoke. */
export const OkResponse = z.object({ ok: z.literal(true) });
export type OkResponse = z.infer<typeof OkResponse>;

// ---- Caseworkers (lead only)

/** GET /api/caseworkers */
export const CaseworkerListResponse = z.array(Caseworker);
export type CaseworkerListResponse = z.infer<typeof CaseworkerListResponse>;

/** POST /api/caseworkers */
export const CreateCaseworkerRequest = z.strictObject({
  name: DisplayName,
  email: Email,
  role: CaseworkerRole,
});
export type CreateCaseworkerRequest = z.infer<typeof CreateCaseworkerRequest>;

export const CreateCaseworkerResponse = z.object({
  caseworker: Caseworker,
  oneTimePassword: z.string().min(12).max(200),
});
export type CreateCaseworkerResponse = z.infer<typeof CreateCaseworkerResponse>;

// ---- People

/**
 * A person as listed in a caseload: with their caseworker's name, whether a phone is linked,
 * what is waiting to be read (shared entries; messages from the person that have been
 * delivered), and when they were last in touch (the latest delivered message either way, or
 * shared entry; null if never).
 */
export const PersonSummary = Person.extend({
  caseworkerName: DisplayName,
  linked: z.boolean(),
  unreadEntries: z.number().int().min(0),
  unreadMessages: z.number().int().min(0),
  lastContactAt: Instant.nullable(),
  /** Their caseworker is on leave today: until when, and who covers (optional: older servers). */
  away: AwayToday.nullable().optional(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

/** GET /api/people */
export const PersonListResponse = z.array(PersonSummary);
export type PersonListResponse = z.infer<typeof PersonListResponse>;

/** POST /api/people. Without `caseworkerId` the person is given to the caseworker creating them. */
export const CreatePersonRequest = z.strictObject({
  displayName: DisplayName,
  caseworkerId: Id.optional(),
});
export type CreatePersonRequest = z.infer<typeof CreatePersonRequest>;

/** POST /api/people and GET /api/people/:personId */
export const PersonResponse = PersonSummary;
export type PersonResponse = z.infer<typeof PersonResponse>;

/** PATCH /api/people/:personId (lead only) */
export const ReassignPersonRequest = z.strictObject({ caseworkerId: Id });
export type ReassignPersonRequest = z.infer<typeof ReassignPersonRequest>;

/**
 * PUT /api/people/:personId/support -> PersonResponse. Support steps back, or starts again.
 * Stepping back keeps everything: the phone stays linked, the plan, guide and journal stay, and
 * the app says the team can always be contacted again. Pushes "Your plan has been updated."
 */
export const SupportRequest = z.strictObject({
  status: PersonStatus,
  /** Agreed when stepping back: kept beside the crisis plan on the phone. */
  relapsePlan: RelapsePlanInput.optional(),
});
export type SupportRequest = z.infer<typeof SupportRequest>;

/** Route parameters. */
export const PersonParams = z.object({ personId: Id });
export type PersonParams = z.infer<typeof PersonParams>;
export const DeviceParams = z.object({ personId: Id, deviceId: Id });
export type DeviceParams = z.infer<typeof DeviceParams>;

// ---- Pairing and devices

/** POST /api/people/:personId/pairing-codes. `code` is canonical (no dash); show it formatted. */
export const PairingCodeResponse = z.object({
  code: PairingCode,
  expiresAt: Instant,
  qrSvg: z.string().max(100_000),
});
export type PairingCodeResponse = z.infer<typeof PairingCodeResponse>;

/** GET /api/people/:personId/devices */
export const DeviceListResponse = z.array(Device);
export type DeviceListResponse = z.infer<typeof DeviceListResponse>;

// ---- Plan, hours, guide (caseworker GET and PUT)

/** GET /api/people/:personId/plan */
export const PlanResponse = CrisisPlan;
export type PlanResponse = z.infer<typeof PlanResponse>;

/** PUT /api/people/:personId/plan. The server sets `updatedAt`. */
export const PutPlanRequest = z.strictObject({ sections: PlanSections });
export type PutPlanRequest = z.infer<typeof PutPlanRequest>;

/** GET and PUT /api/people/:personId/hours: the caseworker's agreed contact hours. */
export const HoursResponse = Hours;
export type HoursResponse = z.infer<typeof HoursResponse>;
export const PutHoursRequest = Hours;
export type PutHoursRequest = z.infer<typeof PutHoursRequest>;

/** The words a caseworker may set on the NHS 111 card for their area (never the number). */
export const Nhs111WordingText = text(300);

/** GET and PUT /api/people/:personId/guide: the person's local contacts (not the national ones). */
export const GuideResponse = z.array(LocalGuideContact).max(20);
export type GuideResponse = z.infer<typeof GuideResponse>;
/**
 * PUT /api/people/:personId/guide: the bare list (the 111 wording stays as it is), or the list
 * with the 111 wording (null or empty: the usual words). Answers `GuideResponse`.
 */
export const PutGuideRequest = z.union([
  z.array(LocalGuideContact).max(20),
  z.strictObject({
    contacts: z.array(LocalGuideContact).max(20),
    nhs111Wording: Nhs111WordingText.nullable(),
  }),
]);
export type PutGuideRequest = z.infer<typeof PutGuideRequest>;

/** GET /api/audit (lead only), newest first. */
export const AuditListResponse = z.array(AuditEntry);
export type AuditListResponse = z.infer<typeof AuditListResponse>;

// ---- Phone side (Authorization: Bearer <device token>)

/** Where the server serves a caseworker's photo: `/api/photos/<id>` (same origin, immutable). */
export const PhotoUrl = z.string().regex(/^\/api\/photos\/[A-Za-z0-9_-]{1,64}$/);
export type PhotoUrl = z.infer<typeof PhotoUrl>;

/**
 * Everything the app caches for offline use. `guide` holds the local contacts only.
 * `caseworker.photo` and `nhs111Wording` are always sent by the server (null when not set); they
 * are optional here so that profiles cached before they existed still parse.
 */
export const DeviceProfile = z.object({
  person: z.object({ id: Id, displayName: DisplayName }),
  caseworker: z.object({ name: DisplayName, photo: PhotoUrl.nullable().optional() }),
  service: z.object({ name: Service.shape.name }),
  hours: Hours,
  plan: CrisisPlan,
  /** The daily routine. Optional so that older cached profiles still parse. */
  routine: Routine.optional(),
  guide: z.array(GuideContact).max(40),
  /** The caseworker's words for the NHS 111 card (the app never changes the number). */
  nhs111Wording: Nhs111WordingText.nullable().optional(),
  /**
   * Always sent by the server; optional so that older cached profiles still parse.
   * `support.startedAt` is when support began (the person's record was made).
   */
  support: z
    .object({ status: PersonStatus, startedAt: Instant, steppedBackAt: Instant.nullable() })
    .optional(),
  /** Every goal that is not finished, and those finished in the last 90 days. */
  goals: GoalList.optional(),
  contacts: ContactsView.optional(),
  /**
   * The service calendar (nations and team closures). Optional so that older cached profiles
   * still parse; without it the phone uses England and Wales bank holidays.
   */
  calendar: ServiceCalendar.optional(),
  /**
   * The relapse plan agreed when support stepped back, kept beside the crisis plan (sealed
   * with the lock like it). Null: none agreed; optional so older cached profiles still parse.
   */
  relapsePlan: RelapsePlan.nullable().optional(),
  /**
   * The caseworker's leave now and to come, with who covers this person; the phone decides by
   * date which is on. Optional so that older cached profiles still parse.
   */
  leave: z.array(PhoneLeave).max(4).optional(),
  syncedAt: Instant,
});
export type DeviceProfile = z.infer<typeof DeviceProfile>;

/** POST /api/device/pair */
export const PairRequest = z.strictObject({ code: PairingCode });
export type PairRequest = z.infer<typeof PairRequest>;

export const PairResponse = z.object({ token: DeviceToken, deviceId: Id, profile: DeviceProfile });
export type PairResponse = z.infer<typeof PairResponse>;

/** GET /api/health */
export const HealthResponse = z.object({ ok: z.literal(true) });
export type HealthResponse = z.infer<typeof HealthResponse>;
