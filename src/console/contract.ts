import { LoginResponse, SessionResponse } from '#shared/schemas/api';

/** What sign-in and /api/auth/me give back. */
export const Session = LoginResponse;
export type Session = LoginResponse;

/** What /api/auth/session gives back: the session, or null when nobody is signed in. */
export const SessionCheck = SessionResponse;

/** For writes whose answer we do not need (`{ ok: true }` or an empty 204). */
export const Nothing = { parse: (): void => undefined };
