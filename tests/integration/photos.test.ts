import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DeviceProfile } from '#shared/schemas/api';
import { PhotoResponse } from '#shared/schemas/connect';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, login, type Caller } from './support/http';
import { tinyJpeg, tinyPng, tinyWebp } from './support/images';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

describe.each(ENGINES)("caseworkers' photos on %s", (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;
  let drew: Caller;
  let otherService: Caller;
  let phone: Caller;
  let otherPhone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    casey = await login(h.app, w.casey.email, PASSWORD);
    drew = await login(h.app, w.drew.email, PASSWORD);
    otherService = await login(h.app, w.otherCaseworker.email, PASSWORD);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
    otherPhone = deviceCaller((await pairDevice(h, w.serviceB, w.pb)).token);
  });
  afterAll(() => h.close());

  const upload = (bytes: Uint8Array, type: string, as = casey) =>
    call(h.app, 'POST', '/api/auth/photo', { as, raw: bytes, headers: { 'content-type': type } });

  test('an upload becomes the photo on their people’s phones, served privately and for ever', async () => {
    const res = await upload(tinyPng(), 'image/png');
    expect(res.status).toBe(201);
    const { url } = PhotoResponse.parse(await json(res));
    const profile = DeviceProfile.parse(
      await json(await call(h.app, 'GET', '/api/device/profile', { as: phone })),
    );
    expect(profile.caseworker.photo).toBe(url);

    for (const as of [phone, casey, drew]) {
      const got = await call(h.app, 'GET', url, { as });
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('image/png');
      expect(got.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
      expect(new Uint8Array(await got.arrayBuffer())).toEqual(tinyPng());
    }
    // Another service, its staff or its people's phones: no such photo.
    for (const as of [otherService, otherPhone]) {
      const got = await call(h.app, 'GET', url, { as });
      expect(got.status).toBe(404);
    }
    expect((await call(h.app, 'GET', url)).status).toBe(401);
  });

  test('metadata a camera adds (EXIF, text) is removed before it is kept', async () => {
    const jpeg = await upload(tinyJpeg('GPS 51.5072N 0.1276W'), 'image/jpeg');
    expect(jpeg.status).toBe(201);
    const jpegBytes = await (
      await call(h.app, 'GET', PhotoResponse.parse(await json(jpeg)).url, { as: casey })
    ).arrayBuffer();
    expect(Buffer.from(jpegBytes).toString('latin1')).not.toContain('GPS');
    expect(Buffer.from(jpegBytes).toString('latin1')).toContain('JFIF');

    const png = await upload(tinyPng('Taken at 1 High Street'), 'image/png');
    const pngBytes = await (
      await call(h.app, 'GET', PhotoResponse.parse(await json(png)).url, { as: casey })
    ).arrayBuffer();
    expect(Buffer.from(pngBytes).toString('latin1')).not.toContain('High Street');
    expect(new Uint8Array(pngBytes)).toEqual(tinyPng());

    expect((await upload(tinyWebp(), 'image/webp')).status).toBe(201);
  });

  test('only real JPEG, PNG or WebP files of at most 300 KB are taken', async () => {
    const text = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect((await upload(text, 'image/svg+xml')).status).toBe(415);
    const lie = await upload(text, 'image/png');
    expect(lie.status).toBe(400);
    expect(await body(lie)).toMatchObject({ error: 'not_a_photo' });
    expect((await upload(tinyPng(), 'image/jpeg')).status).toBe(400);
    expect((await upload(tinyPng().subarray(0, 30), 'image/png')).status).toBe(400);
    const big = new Uint8Array(300 * 1024 + 1);
    big.set(tinyJpeg());
    const tooBig = await upload(big, 'image/jpeg');
    expect(tooBig.status).toBe(413);
    expect(await body(tooBig)).toMatchObject({ error: 'too_large' });
  });

  test("any phone of the service may load its staff's photos (one can be on a guide card)", async () => {
    const res = await upload(tinyPng(), 'image/png', drew);
    const { url } = PhotoResponse.parse(await json(res));
    expect((await call(h.app, 'GET', url, { as: phone })).status).toBe(200);
  });

  test('old photos are removed once replaced twice, unless a guide card still shows one', async () => {
    const urls: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await upload(tinyPng(), 'image/png', drew);
      urls.push(PhotoResponse.parse(await json(res)).url);
      if (i === 0) {
        // A guide card of one of Drew's people shows the first photo.
        const guide = [
          {
            id: '8f9c2c55-2a4f-4d7e-9a51-3c5f0c1d2e3f',
            kind: 'caseworker',
            name: 'Drew',
            whenToUse: 'In our agreed times.',
            call: '01234 567890',
            hours: { kind: 'always' },
            picture: urls[0],
          },
        ];
        const put = await call(h.app, 'PUT', `/api/people/${w.p2}/guide`, {
          as: drew,
          body: guide,
        });
        expect(put.status).toBe(200);
      }
    }
    const status = async (url: string) => (await call(h.app, 'GET', url, { as: drew })).status;
    // In use on a card; replaced long ago (gone); the one just replaced; the new one.
    expect([await status(urls[0]!), await status(urls[1]!)]).toEqual([200, 404]);
    expect([await status(urls[2]!), await status(urls[3]!)]).toEqual([200, 200]);
  });
});
