import type { LoginResponse } from '#shared/schemas/api';

/** What sign-in and `auth.me` give back. */
export type Session = LoginResponse;
