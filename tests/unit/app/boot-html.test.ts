import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NATIONAL_CONTACTS } from '#shared/guide';
import {
  bootScreenHtml,
  bootTitle,
  escapeHtml,
  inlinePicture,
} from '../../../src/app/boot/boot-html';
import boot from '../../../src/app/boot/boot-html.messages.json' with { type: 'json' };
import bar from '../../../src/app/components/emergency-bar/emergency-bar.messages.json' with { type: 'json' };
import help from '../../../src/app/pages/help/help.messages.json' with { type: 'json' };
import shell from '../../../src/app/shell/shell.messages.json' with { type: 'json' };

const pictures = Object.fromEntries(
  ['emergency', 'nhs111', 'samaritans', 'shout'].map((name) => [
    name,
    readFileSync(resolve(import.meta.dirname, `../../../public/pictures/${name}.svg`), 'utf8'),
  ]),
);

describe('the boot screen', () => {
  test('says what the guide data says, 999 first, with one green button', () => {
    const html = bootScreenHtml(pictures);
    for (const c of NATIONAL_CONTACTS) {
      expect(html).toContain(`>${escapeHtml(c.name)}<`);
      expect(html).toContain(escapeHtml(c.whenToUse));
    }
    expect(html.indexOf('data-kind="emergency"')).toBeLessThan(html.indexOf('data-kind="nhs111"'));
    expect(html).toContain('href="sms:85258?&amp;body=SHOUT"');
    // Green is .btn without a modifier: only NHS 111's button, the first open option.
    const plain = [...html.matchAll(/class="btn btn-block btn-main"/g)];
    expect(plain).toHaveLength(1);
    expect(html).toMatch(/class="btn btn-block btn-main" href="tel:111"/);
  });

  test('draws the pictures inline, decorative and at 56 px', () => {
    const svg = inlinePicture(pictures.emergency ?? '');
    expect(svg).toMatch(/^<svg class="boot-picture" width="56" height="56" aria-hidden="true"/);
    expect(svg).not.toContain('<title>');
    // Its own 96 px size is gone from the opening tag, so the 56 px one is the only one.
    expect(svg.slice(0, svg.indexOf('>'))).not.toContain('width="96"');
  });

  test('refuses to build without a picture, rather than show a broken one', () => {
    expect(() => bootScreenHtml({})).toThrow(/picture/);
  });

  test('escapes what it writes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  test('says the same English as the app that takes over from it', () => {
    expect(boot.brand).toBe(shell.brand);
    expect(boot.title).toBe(shell.brand);
    expect([boot.barLabel, boot.help, boot.call999]).toEqual([bar.label, bar.help, bar.call]);
    expect([boot.heading, boot.lead, boot.emergency, boot.openNow]).toEqual([
      help.title,
      help.lead,
      help.emergency,
      help.openNow,
    ]);
    expect(bootTitle()).toBe('My support');
    const html = bootScreenHtml(pictures);
    expect(html).toContain('Call 999</a>');
    expect(html).toContain('Text SHOUT to 85258</a>');
  });
});
