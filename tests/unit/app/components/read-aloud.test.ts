import { describe, expect, it } from 'vitest';
import { chooseVoice } from '../../../../src/app/components/read-aloud/reader';
import { sentenceSpans, spokenForm } from '../../../../src/app/components/read-aloud/sentences';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('splits a paragraph at full stops, question and exclamation marks', () => {
    expect(sentences('Sam reads messages in working hours. Is it urgent? Call 999!')).toEqual([
      'Sam reads messages in working hours.',
      'Is it urgent?',
      'Call 999!',
    ]);
  });

  it('keeps closing quotes with their sentence and drops blank space', () => {
    expect(sentences('  Sam said “not tonight.” Then we talked.  ')).toEqual([
      'Sam said “not tonight.”',
      'Then we talked.',
    ]);
  });

  it('reads a block with no full stop (a heading) as one sentence', () => {
    expect(sentences('Open now')).toEqual(['Open now']);
    expect(sentences('   ')).toEqual([]);
  });

  it('does not end a sentence inside a time or a number', () => {
    expect(sentences('Open 9.30am to 5pm. Closed at weekends.')).toEqual([
      'Open 9.30am to 5pm.',
      'Closed at weekends.',
    ]);
  });
});

describe('spokenForm', () => {
  it('reads phone numbers a digit at a time, as people say them', () => {
    expect(spokenForm('Call 999').text).toBe('Call 9 9 9');
    expect(spokenForm('Call 116 123').text).toBe('Call 1 1 6, 1 2 3');
    expect(spokenForm('Text SHOUT to 85258').text).toBe('Text SHOUT to 8 5 2 5 8');
  });

  it('leaves short numbers and years alone', () => {
    expect(spokenForm('Step 2 of 6, in 2026').text).toBe('Step 2 of 6, in 2026');
  });

  it('maps every spoken letter back to the shown text, so a word can be highlighted', () => {
    const shown = 'Call  116 123 now';
    const spoken = spokenForm(shown);
    expect(spoken.text).toBe('Call 1 1 6, 1 2 3 now');
    expect(spoken.from).toHaveLength(spoken.text.length);
    const now = spoken.text.indexOf('now');
    expect(shown.slice(spoken.from[now], (spoken.from[now + 2] ?? 0) + 1)).toBe('now');
    expect(shown.charAt(spoken.from[spoken.text.indexOf('1 2 3')] ?? -1)).toBe('1');
  });
});

describe('chooseVoice', () => {
  const voice = (name: string, lang: string, localService: boolean) =>
    ({ name, lang, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

  it('takes British English on the phone before other English, and never an online voice', () => {
    const online = voice('Online UK', 'en-GB', false);
    const us = voice('Phone US', 'en-US', true);
    const uk = voice('Phone UK', 'en-GB', true);
    expect(chooseVoice([online, us, uk])).toBe(uk);
    expect(chooseVoice([online, us])).toBe(us);
  });

  it('says when the phone has no voice, or only voices that work over the internet', () => {
    expect(chooseVoice([])).toBeNull();
    expect(chooseVoice([voice('Online UK', 'en-GB', false)])).toBe('remote-only');
  });

  it('reads in the screen’s language, with a voice of the phone’s own in that language', () => {
    const uk = voice('Phone UK', 'en-GB', true);
    const welsh = voice('Phone Welsh', 'cy-GB', true);
    const polish = voice('Phone Polish', 'pl_PL', true);
    const onlinePolish = voice('Online Polish', 'pl-PL', false);
    expect(chooseVoice([uk, welsh, polish], 'cy')).toBe(welsh);
    expect(chooseVoice([uk, onlinePolish, polish], 'pl-PL')).toBe(polish);
    // Never a Welsh screen in an English voice, nor through a voice over the internet.
    expect(chooseVoice([uk], 'cy')).toBe('no-language-voice');
    expect(chooseVoice([], 'cy')).toBeNull();
    expect(chooseVoice([uk, onlinePolish], 'pl')).toBe('remote-only');
    // The pseudo-locales use their language's voices.
    expect(chooseVoice([welsh, uk], 'en-XA')).toBe(uk);
  });
});
