import type { ApiError } from '#shared/schemas/api-error';

/** 4xx statuses we answer with; 500 is only for real bugs (see `app.onError`). */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429;

/**
 * An answer that is not a success, thrown from anywhere in a request and turned into the one
 * error shape by `app.onError`.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiProblem';
  }

  get body(): ApiError {
    return this.fields
      ? { error: this.code, message: this.message, fields: this.fields }
      : { error: this.code, message: this.message };
  }
}

export const notFound = (what = 'That') =>
  new ApiProblem(404, 'not_found', `${what} could not be found.`);

export const invalidField = (field: string, message: string) =>
  new ApiProblem(400, 'invalid_input', message, { [field]: message });

/** Plain words for how long to wait: "30 seconds", "2 minutes", "1 hour". */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

export const tooManyTries = (retryAfterSeconds: number) =>
  new ApiProblem(
    429,
    'too_many_attempts',
    `Too many tries. Please wait ${describeWait(retryAfterSeconds)} and try again.`,
    undefined,
    { 'Retry-After': String(retryAfterSeconds) },
  );
