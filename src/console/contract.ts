import { LoginResponse } from '#shared/schemas/api';

/** What sign-in and /api/auth/me give back. */
export const Session = LoginResponse;
export type Session = LoginResponse;

/** For writes whose answer we do not need (`{ ok: true }` or an empty 204). */
export const Nothing = { parse: (): void => undefined };
