import { z } from 'zod';
import { Id, UkPhone, requiredText, text } from './common';
import { Hours } from './hours';

export const GUIDE_KINDS = [
  'emergency',
  'nhs111',
  'samaritans',
  'shout',
  'gp',
  'caseworker',
  'local',
] as const;
export const GuideKind = z.enum(GUIDE_KINDS);
export type GuideKind = z.infer<typeof GuideKind>;

/** The kinds a caseworker adds for one person (the national ones are built in). */
export const LocalGuideKind = z.enum(['gp', 'caseworker', 'local']);
export type LocalGuideKind = z.infer<typeof LocalGuideKind>;

/** Pictograms bundled with the app (public/pictures/<key>.svg). */
export const PICTURE_KEYS = [
  'emergency',
  'nhs111',
  'samaritans',
  'shout',
  'gp',
  'caseworker',
  'local',
] as const;
export const PictureKey = z.enum(PICTURE_KEYS);
export type PictureKey = z.infer<typeof PictureKey>;

/** A bundled pictogram key, or a photo served by our own API (`/api/...`): never a third party. */
export const Picture = z.union([
  PictureKey,
  z
    .string()
    .max(200)
    .regex(/^\/api\/[A-Za-z0-9/_.-]+$/, 'Pictures come from our own /api')
    .refine((s) => !s.includes('..'), 'No ".." in picture paths'),
]);
export type Picture = z.infer<typeof Picture>;

export const GuideText = z.object({ number: UkPhone, body: text(160).optional() });
export type GuideText = z.infer<typeof GuideText>;

const hasNumber = {
  check: (c: { call?: string; text?: GuideText }) => c.call !== undefined || c.text !== undefined,
  message: 'Give a number to call or to text',
};

const guideContactFields = z.object({
  id: Id,
  kind: GuideKind,
  name: requiredText(80),
  whenToUse: requiredText(300),
  call: UkPhone.optional(),
  text: GuideText.optional(),
  hours: Hours,
  /**
   * Whether the card closes on the service calendar's bank holidays and closures. Unset is
   * `follow` (a GP surgery, a drop-in); `ignore` keeps the card's own hours (a pharmacy that
   * opens on Boxing Day). Hours open all the time never follow it.
   */
  calendar: z.enum(['follow', 'ignore']).optional(),
  picture: Picture,
});

/** One entry in the picture guide of whom to call. */
export const GuideContact = guideContactFields.refine(hasNumber.check, {
  message: hasNumber.message,
  path: ['call'],
});
export type GuideContact = z.infer<typeof GuideContact>;

/** A contact the caseworker adds for one person: GP, themselves, local services. */
export const LocalGuideContact = guideContactFields
  .extend({ kind: LocalGuideKind })
  .refine(hasNumber.check, { message: hasNumber.message, path: ['call'] });
export type LocalGuideContact = z.infer<typeof LocalGuideContact>;
