import { describe, expect, test } from 'vitest';
import { passwordProblem, personalWords } from '../../../src/shared/password-strength';

const sam = {
  email: 'sam.okafor@riverside.example.org',
  name: 'Sam Okafor',
  serviceName: 'Riverside HIU',
};

describe('choosing a password', () => {
  test.each([
    'password1234',
    'Password123!',
    'qwertyuiop12',
    '123456789012',
    'iloveyou1234',
    'aaaaaaaaaaaaaaaa',
    'Summer2026!!',
  ])('the common password %j is refused, with what would work', (password) => {
    expect(passwordProblem(password, sam)).toMatch(
      /easy to guess\. Use three or four random words/,
    );
  });

  test('common passwords are named as such', () => {
    expect(passwordProblem('Password123!', sam)).toMatch(/lots of people use/);
  });

  test.each([
    'sam.okafor@riverside.example.org',
    'Sam Okafor 1234',
    'samokafor2026',
    'Riverside HIU 2026',
    'riversidehiu123',
    'okafor riverside',
  ])('a password built from their own details, %j, is refused', (password) => {
    expect(passwordProblem(password, sam)).toMatch(
      /your name, your email or the service's name.*Use three or four random words/,
    );
  });

  test.each([
    'harbour velvet cactus ladder',
    'purple tractor sings softly',
    'correct horse battery staple',
    'lantern-pebble-orchid-tundra',
    'Kettle Umbrella Giraffe Spoon',
  ])('a passphrase of four random words, %j, is fine', (password) => {
    expect(passwordProblem(password, sam)).toBeUndefined();
  });

  test('length: at least 12, at most 200', () => {
    expect(passwordProblem('elevenchars', sam)).toMatch(/at least 12 characters/);
    expect(passwordProblem(`${'harbour velvet cactus ladder '.repeat(7)}x`, sam)).toMatch(
      /at most 200/,
    );
  });

  test("someone's details are split into the words a guesser would try", () => {
    expect(personalWords(sam)).toEqual(
      expect.arrayContaining(['sam', 'okafor', 'riverside', 'sam okafor', 'riverside hiu', 'hiu']),
    );
  });
});
