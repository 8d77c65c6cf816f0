import { describe, expect, test } from 'vitest';
import {
  guardedTransport,
  isLoopbackAddress,
  isPublicAddress,
  NotPublicAddressError,
  publicOnlyLookup,
  publicOnlyTransport,
} from '../../../../src/server/push/public-transport';
import { listenLocally } from '../../../integration/support/local-listener';

describe('push is only ever sent to public addresses', () => {
  test.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:a00:1',
  ])('%s is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  test.each(['142.250.187.206', '17.57.146.20', '2a00:1450:4009:81f::200e', '172.32.0.1'])(
    '%s is public',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  test('a name that resolves to this machine is refused at lookup', async () => {
    const error = await new Promise((resolve) => {
      (publicOnlyLookup as unknown as (h: string, o: object, cb: (e: unknown) => void) => void)(
        'localhost',
        {},
        resolve,
      );
    });
    expect(error).toBeInstanceOf(NotPublicAddressError);
  });

  test('the transport never connects to a local push service, by name or by address', async () => {
    const local = await listenLocally(200);
    const { port } = local;
    const push = (endpoint: string) =>
      publicOnlyTransport({ endpoint, headers: {}, body: null }, AbortSignal.timeout(2000));
    await expect(push(`https://localhost:${port}/push`)).rejects.toThrow(/not a public address/);
    await expect(push(`https://127.0.0.1:${port}/push`)).rejects.toThrow(/not a public address/);
    await expect(push(`https://[::1]:${port}/push`)).rejects.toThrow(/not a public address/);
    await expect(push(`http://localhost:${port}/push`)).rejects.toThrow(/https/);
    await local.close();
    expect(local.reached()).toBe(0);
  });

  test('a test push service on this machine is reached only when allowed, and only loopback', async () => {
    const local = await listenLocally();
    const { port } = local;
    const request = (endpoint: string) => ({ endpoint, headers: {}, body: null });
    const signal = () => AbortSignal.timeout(2000);
    const strict = guardedTransport();
    await expect(strict(request(`http://127.0.0.1:${port}/push`), signal())).rejects.toThrow(
      /https/,
    );
    const testing = guardedTransport({ allowLoopback: true });
    await expect(testing(request(`http://127.0.0.1:${port}/push`), signal())).resolves.toEqual({
      status: 201,
    });
    for (const endpoint of [
      'http://10.0.0.1/push',
      'http://169.254.169.254/latest/meta-data',
      'http://192.168.1.1/push',
      'http://[fe80::1]/push',
      'https://169.254.169.254/latest/meta-data',
    ]) {
      await expect(testing(request(endpoint), signal()), endpoint).rejects.toThrow(
        /not a public address/,
      );
    }
    await local.close();
    expect(local.reached()).toBe(1);
  });

  test.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('%s is loopback', (a) => {
    expect(isLoopbackAddress(a)).toBe(true);
  });
  test.each(['10.0.0.1', '169.254.169.254', 'fe80::1', '::', '8.8.8.8'])(
    '%s is not loopback',
    (a) => {
      expect(isLoopbackAddress(a)).toBe(false);
    },
  );
});
