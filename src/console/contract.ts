import { z } from 'zod';
import { LoginResponse } from '#shared/schemas/api';
import { Nhs111Wording } from '#shared/schemas/connect';

/** What sign-in and /api/auth/me give back. */
export const Session = LoginResponse;
export type Session = LoginResponse;

/** For writes whose answer we do not need (`{ ok: true }` or an empty 204). */
export const Nothing = { parse: (): void => undefined };

/** POST /api/auth/photo: where the caseworker's new photo is served from. */
export const PhotoResponse = z.object({
  url: z.string().regex(/^\/api\/photos\/[A-Za-z0-9_-]+$/),
});
export type PhotoResponse = z.infer<typeof PhotoResponse>;

/** GET and PUT /api/people/:personId/nhs111-wording. */
export const Nhs111WordingResponse = z.object({ wording: Nhs111Wording.nullable() });
export type Nhs111WordingResponse = z.infer<typeof Nhs111WordingResponse>;
