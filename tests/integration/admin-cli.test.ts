import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAdmin, UsageError } from '../../src/server/cli/admin-commands';
import { passwordProblem } from '../../src/shared/password-strength';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call } from './support/http';

describe.each(ENGINES)('the admin commands on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
  });
  afterAll(() => h.close());

  async function admin(...args: string[]): Promise<string> {
    const lines: string[] = [];
    await runAdmin(h.db, args, (line) => lines.push(line), h.now());
    return lines.join('\n');
  }

  test('create-service prints a one-time password that signs the lead in', async () => {
    const out = await admin(
      'create-service',
      '--name',
      'Gammaford HIU',
      '--lead-email',
      'Lead@Gamma.example.org',
    );
    const password = /One-time password: (\S+)/.exec(out)?.[1] ?? '';
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const res = await call(h.app, 'POST', '/api/auth/login', {
      body: { email: 'lead@gamma.example.org', password },
    });
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({
      mustChangePassword: true,
      caseworker: { role: 'lead' },
    });
    expect(await admin('list-services')).toMatch(/Gammaford HIU {2}\(1 staff, 0 people\)/);
  });

  test('reset-password replaces the password and signs the person out', async () => {
    await admin(
      'create-service',
      '--name',
      'Deltaton HIU',
      '--lead-email',
      'lead@delta.example.org',
    );
    const out = await admin('reset-password', '--email', 'lead@delta.example.org');
    const password = /: (\S+)$/m.exec(out)?.[1] ?? '';
    // What the admin hands over meets the rule every chosen password is held to.
    expect(
      passwordProblem(password, { email: 'lead@delta.example.org', serviceName: 'Deltaton HIU' }),
    ).toBeUndefined();
    const res = await call(h.app, 'POST', '/api/auth/login', {
      body: { email: 'lead@delta.example.org', password },
    });
    expect(res.status).toBe(200);
    await admin('reset-password', '--email', 'lead@delta.example.org');
    const cookie = res.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    expect((await call(h.app, 'GET', '/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });

  test('mistakes are explained in plain words', async () => {
    await expect(
      admin('create-service', '--name', 'x', '--lead-email', 'lead@gamma.example.org'),
    ).rejects.toThrow(/already has an account/);
    await expect(admin('reset-password', '--email', 'nobody@gamma.example.org')).rejects.toThrow(
      /no account/,
    );
    await expect(admin('create-service', '--name', 'No lead')).rejects.toThrow(/--lead-email/);
    await expect(
      admin('create-service', '--name', 'x', '--lead-email', 'not-an-email'),
    ).rejects.toThrow(UsageError);
    await expect(admin('list-services', '--bogus')).rejects.toThrow(UsageError);
    await expect(admin('explode')).rejects.toThrow(/Unknown command/);
    expect(await admin()).toMatch(/Usage: npm run admin/);
  });
});

describe('npm run admin, as a real process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hiu-admin-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test('works on a PGlite DATA_DIR and exits 2 on a mistake', { timeout: 180_000 }, async () => {
    const run = promisify(execFile);
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    const tsx = join('node_modules', '.bin', 'tsx');
    const made = await run(
      tsx,
      [
        'src/server/cli/admin.ts',
        'create-service',
        '--name',
        'Epsilon HIU',
        '--lead-email',
        'lead@epsilon.example.org',
      ],
      { env },
    );
    expect(made.stdout).toMatch(/One-time password: \S+/);
    const failed = await run(
      tsx,
      ['src/server/cli/admin.ts', 'reset-password', '--email', 'no@epsilon.example.org'],
      { env },
    ).catch((error: unknown) => Object(error));
    expect(failed.code).toBe(2);
    expect(String(failed.stderr)).toMatch(/no account/);
  });
});
