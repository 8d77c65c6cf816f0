import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createLogger } from '../../../src/server/logger';

describe('log redaction', () => {
  test('a mobile number in a field that would hold one never reaches the log', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info({ phone: '+447700900123', number: '07700 900123' }, 'one');
    logger.warn({ err: { config: { data: '{"phone_number":"+447700900123"}' } } }, 'two');
    logger.info({ job: { phoneNumber: '+447700900123', mobile: '07700900123' } }, 'three');
    const all = lines.join('');
    expect(lines).toHaveLength(3);
    expect(all).not.toContain('7700');
    expect(all).toContain('[redacted]');
  });
});
