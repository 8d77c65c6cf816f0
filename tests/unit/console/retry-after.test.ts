import { afterEach, describe, expect, test, vi } from 'vitest';
import { endpoints } from '#shared/endpoints';
import { emptyPlanSections } from '#shared/schemas/plan';
import { ApiFailure, createApi } from '../../../src/console/api';
import { formErrors } from '../../../src/console/errors';
import { tooManyRequests } from '../../../src/server/limits/request-limits';

/** The server's own 429 for a session over its share, as the console receives it. */
function limitedResponse(): Response {
  const problem = tooManyRequests(90);
  return new Response(JSON.stringify(problem.body), {
    status: problem.status,
    headers: { 'content-type': 'application/json', ...problem.headers },
  });
}

describe('the console and a 429 with Retry-After', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  test('keeps when it may try again, and the form says it in plain words', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
    vi.stubGlobal('fetch', () => Promise.resolve(limitedResponse()));
    const api = createApi({ csrfToken: () => 'csrf', onSignedOut: () => undefined });
    const failure = await api
      .call(endpoints.people.setPlan, {
        params: { personId: '0b6c2f1e-3d4a-4b5c-8d6e-7f8091a2b3c4' },
        body: { sections: emptyPlanSections() },
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    if (!(failure instanceof ApiFailure)) return;
    expect(failure.status).toBe(429);
    expect(failure.code).toBe('too_many_requests');
    expect(failure.retryAt?.toISOString()).toBe('2026-11-23T10:01:30.000Z');
    const [item] = formErrors(failure).summary;
    expect(item?.message).toBe(
      'That is a lot at once. Please wait 2 minutes and try again. You can try again at 10:01am.',
    );
  });
});
