import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, PREFS_KEY, readPrefs, resolvePrefs } from '../../../../src/app/prefs/prefs';

function storageWith(value: string | null) {
  return { getItem: (key: string) => (key === PREFS_KEY ? value : null) };
}

describe('display prefs', () => {
  it('a first visit uses normal text and follows the phone for contrast and motion', () => {
    expect(readPrefs(storageWith(null))).toEqual(DEFAULT_PREFS);
    expect(DEFAULT_PREFS).toEqual({ textSize: 'normal', highContrast: null, reduceMotion: null });
  });

  it('saved choices are read back', () => {
    const saved = JSON.stringify({ textSize: 'larger', highContrast: true, reduceMotion: false });
    expect(readPrefs(storageWith(saved))).toEqual({
      textSize: 'larger',
      highContrast: true,
      reduceMotion: false,
    });
  });

  it('damaged or strange saved values fall back to the defaults instead of breaking the app', () => {
    expect(readPrefs(storageWith('{not json'))).toEqual(DEFAULT_PREFS);
    expect(readPrefs(storageWith('"a string"'))).toEqual(DEFAULT_PREFS);
    expect(
      readPrefs(storageWith(JSON.stringify({ textSize: 'huge', highContrast: 'yes' }))),
    ).toEqual(DEFAULT_PREFS);
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readPrefs(throwing)).toEqual(DEFAULT_PREFS);
  });

  it("the phone's own setting applies until the person chooses, then their choice wins", () => {
    const phone = { highContrast: true, reduceMotion: true };
    expect(resolvePrefs(DEFAULT_PREFS, phone)).toMatchObject(phone);
    expect(
      resolvePrefs({ textSize: 'large', highContrast: false, reduceMotion: null }, phone),
    ).toEqual({ textSize: 'large', highContrast: false, reduceMotion: true });
  });
});
