import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/server/config';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  test('with nothing set it runs on 8080 with PGlite under ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.dataDir).toMatch(/[/\\]data$/);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.https).toBe(false);
    expect(config.logLevel).toBe('info');
    expect(config.vapid).toBeUndefined();
  });

  test('an https PUBLIC_URL turns on secure cookies and HSTS, and loses its trailing slash', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://hiu.example.org/' });
    expect(config.publicUrl).toBe('https://hiu.example.org');
    expect(config.https).toBe(true);
  });

  test('each bad value gets its own clear line', () => {
    const lines = problems({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      PUBLIC_URL: 'hiu.example.org',
      LOG_LEVEL: 'loud',
      VAPID_PUBLIC_KEY: 'not base64url!',
    });
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.startsWith('PORT:'))).toMatch(/whole number .* \(got "eighty"\)/);
    expect(lines.find((l) => l.startsWith('DATABASE_URL:'))).toMatch(/postgres:\/\//);
    expect(lines.find((l) => l.startsWith('PUBLIC_URL:'))).toMatch(/full address/);
    expect(lines.find((l) => l.startsWith('LOG_LEVEL:'))).toMatch(/one of fatal, error/);
    expect(lines.filter((l) => l.startsWith('VAPID_'))).toHaveLength(1);
  });

  test('a port out of range is refused', () => {
    expect(problems({ PORT: '70000' })).toEqual([expect.stringMatching(/^PORT: /)]);
    expect(problems({ PORT: '0' })).toHaveLength(1);
    expect(problems({ PORT: '8080.5' })).toHaveLength(1);
  });

  test('a private key is never echoed back in an error', () => {
    const lines = problems({ VAPID_PRIVATE_KEY: 'secret-but-wrong-length' });
    expect(lines.join('\n')).not.toContain('secret-but-wrong-length');
  });

  test('VAPID keys from web-push are accepted as a pair', () => {
    const config = loadConfig({
      VAPID_PUBLIC_KEY: Buffer.alloc(65, 4).toString('base64url'),
      VAPID_PRIVATE_KEY: Buffer.alloc(32, 7).toString('base64url'),
      VAPID_SUBJECT: 'mailto:team@example.org',
    });
    expect(config.vapid?.publicKey).toHaveLength(87);
    expect(config.vapidSubject).toBe('mailto:team@example.org');
  });

  test('an empty variable counts as not set', () => {
    expect(loadConfig({ PORT: '', PUBLIC_URL: '', DATABASE_URL: '' }).port).toBe(8080);
  });
});
