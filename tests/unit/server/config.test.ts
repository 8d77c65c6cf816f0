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

  test('HOST says which interface to listen on: every IPv4 one unless set', () => {
    expect(loadConfig({}).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
    expect(problems({ HOST: 'http://0.0.0.0' })).toEqual([expect.stringMatching(/^HOST: /)]);
    expect(problems({ HOST: 'two words' })).toHaveLength(1);
  });

  test('pushes to this machine are refused unless PUSH_ALLOW_LOOPBACK is set', () => {
    expect(loadConfig({}).pushAllowLoopback).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:8080' }).pushAllowLoopback).toBe(false);
    expect(loadConfig({ PUSH_ALLOW_LOOPBACK: '1' }).pushAllowLoopback).toBe(true);
    expect(problems({ PUSH_ALLOW_LOOPBACK: 'yes' })).toHaveLength(1);
  });

  test('request limits have generous defaults and are checked when set', () => {
    expect(loadConfig({}).limits).toEqual({
      perSecond: 10,
      burst: 60,
      eventStreams: 4,
      refusalDelayMs: 1000,
    });
    expect(
      loadConfig({
        LIMIT_REQUESTS_PER_SECOND: '50',
        LIMIT_BURST: '200',
        LIMIT_EVENT_STREAMS: '2',
        LIMIT_REFUSAL_DELAY_MS: '0',
      }).limits,
    ).toEqual({ perSecond: 50, burst: 200, eventStreams: 2, refusalDelayMs: 0 });
    expect(problems({ LIMIT_REQUESTS_PER_SECOND: '0' })).toHaveLength(1);
    expect(problems({ LIMIT_EVENT_STREAMS: 'many' })).toHaveLength(1);
    // A burst smaller than the dearest request would refuse that request for ever.
    expect(problems({ LIMIT_BURST: '5' })).toEqual([expect.stringMatching(/^LIMIT_BURST: /)]);
  });
});

describe('texts (GOV.UK Notify) configuration', () => {
  const KEY = 'hiu_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
  const TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';
  const NUMBER_KEY = Buffer.alloc(32, 1).toString('base64');
  const all = { NOTIFY_API_KEY: KEY, NOTIFY_SMS_TEMPLATE_ID: TEMPLATE, SMS_NUMBER_KEY: NUMBER_KEY };

  test('texts are off with none of the three set', () => {
    expect(loadConfig({}).texts).toBeUndefined();
  });

  test('with all three, texts go to Notify itself, 3 hours after an unread reply, 4 hours apart', () => {
    const texts = loadConfig(all).texts;
    expect(texts).toMatchObject({
      apiKey: KEY,
      templateId: TEMPLATE,
      baseUrl: 'https://api.notifications.service.gov.uk',
      delayMs: 180 * 60_000,
      minGapMs: 240 * 60_000,
    });
    expect(texts?.numberKey.length).toBe(32);
  });

  test('one or two of the three is an error naming each one missing', () => {
    expect(problems({ NOTIFY_API_KEY: KEY })).toEqual([
      expect.stringMatching(/^NOTIFY_SMS_TEMPLATE_ID: Texts need/),
      expect.stringMatching(/^SMS_NUMBER_KEY: Texts need/),
    ]);
  });

  test('a bad key, template or number key is named, and a secret is never echoed', () => {
    const found = problems({
      NOTIFY_API_KEY: 'not-a-key',
      NOTIFY_SMS_TEMPLATE_ID: 'template',
      SMS_NUMBER_KEY: 'c2hvcnQ=',
    });
    expect(found).toEqual([
      'NOTIFY_API_KEY: must be a GOV.UK Notify API key (name-service id-secret)',
      'NOTIFY_SMS_TEMPLATE_ID: must be the id of a GOV.UK Notify text template (got "template")',
      'SMS_NUMBER_KEY: must be 32 random bytes in base64 (openssl rand -base64 32)',
    ]);
  });

  test('Notify is reached over https, or over http only on this machine (a test stand-in)', () => {
    expect(problems({ ...all, NOTIFY_BASE_URL: 'http://notify.example.org' })).toEqual([
      'NOTIFY_BASE_URL: must start with https:// (http:// only for 127.0.0.1 or localhost) (got "http://notify.example.org")',
    ]);
    expect(loadConfig({ ...all, NOTIFY_BASE_URL: 'http://127.0.0.1:9999/' }).texts?.baseUrl).toBe(
      'http://127.0.0.1:9999',
    );
  });

  test('the delay and the gap between texts are minutes from 1 to a week', () => {
    expect(loadConfig({ ...all, SMS_DELAY_MINUTES: '60' }).texts?.delayMs).toBe(3_600_000);
    expect(problems({ ...all, SMS_MIN_GAP_MINUTES: '0' })).toEqual([
      'SMS_MIN_GAP_MINUTES: must be a whole number from 1 to 10080 (got "0")',
    ]);
  });
});
