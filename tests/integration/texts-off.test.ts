import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TextsView } from '#shared/schemas/texts';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, json, login } from './support/http';
import { buildWorld, PASSWORD, type World } from './support/world';

describe.each(ENGINES)('texts switched off on %s', (engine) => {
  let h: Harness;
  let w: World;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  test('without Notify set up a number cannot be saved and the console is told texts are off', async () => {
    const casey = await login(h.app, w.casey.email, PASSWORD);
    const res = await call(h.app, 'PUT', `/api/people/${w.p1}/texts`, {
      as: casey,
      body: { number: '07700 900123', quietHours: { start: '21:00', end: '08:00' } },
    });
    expect(res.status).toBe(409);
    expect(await json(res)).toMatchObject({ error: 'texts_off' });
    const view = TextsView.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/texts`, { as: casey })),
    );
    expect(view).toMatchObject({ available: false, on: false, number: null });
    expect(h.server.runtime.texts).toBeUndefined();
  });
});
