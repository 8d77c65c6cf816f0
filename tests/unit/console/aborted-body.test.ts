import { afterEach, expect, test, vi } from 'vitest';
import { endpoints } from '#shared/endpoints';
import { ApiFailure, createApi } from '../../../src/console/api';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/*
 * A screen that moves on (or a live refresh that takes over) stops its request. When that
 * happens while the answer is still arriving, the browser's body read fails: that is the same
 * quiet stop as one before the answer began, never "Unexpected response" in the console.
 */
test('a request stopped while its answer is still arriving stops quietly', async () => {
  const stop = new AbortController();
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('[{"id":"'));
        init.signal?.addEventListener('abort', () =>
          controller.error(new DOMException('The user aborted a request.', 'AbortError')),
        );
      },
    });
    return Promise.resolve(
      new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
    );
  });
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const api = createApi({ csrfToken: () => 'csrf', onSignedOut: () => undefined });
  const answer = api.call(endpoints.people.list, {}, stop.signal).catch((e: unknown) => e);
  await new Promise((resolve) => setTimeout(resolve, 10));
  stop.abort();
  const failure = await answer;
  expect(failure).toBeInstanceOf(ApiFailure);
  expect((failure as ApiFailure).code).toBe('aborted');
  expect(logged).not.toHaveBeenCalled();
});

test('a whole answer that is not what the endpoint promises is still reported', async () => {
  vi.stubGlobal('fetch', () =>
    Promise.resolve(
      new Response('{"not":"a list"}', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    ),
  );
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const api = createApi({ csrfToken: () => 'csrf', onSignedOut: () => undefined });
  await expect(api.call(endpoints.people.list, {})).rejects.toBeDefined();
  expect(logged).toHaveBeenCalledOnce();
});
