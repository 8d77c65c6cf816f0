import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import { dictionary as english, translations } from '@zxcvbn-ts/language-en';

/** At least this many characters (NCSC: length beats complexity rules). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * zxcvbn's top score: at least 10^10 guesses. Lower scores let through a service's name with a
 * year ("Riverside HIU 2026") and a season with a year ("Summer2026!!").
 */
const MIN_SCORE = 4;

/** Words about this product that anyone guessing would try first. */
const PRODUCT_WORDS = ['hiu', 'high intensity use', 'companion', 'caseworker', 'console', 'nhs'];

export const TRY_WORDS = 'Use three or four random words instead.';

/** What a person's password must not be built from. */
export interface PasswordContext {
  email?: string;
  name?: string;
  serviceName?: string;
}

let estimator: ZxcvbnFactory | undefined;

/*
 * Made on first use (about 150 ms to load the word lists), not at import. The limits keep one
 * check under about a quarter of a second at worst: no Levenshtein matching (up to 30 times
 * slower; the common-password list already holds the usual variants), at most 20 l33t
 * substitutions, and only the first 64 characters judged (a longer password that starts
 * strong is strong; one that starts weak is judged weak).
 */
function estimate(password: string, words: string[]): ZxcvbnResult {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common, ...english },
    graphs: adjacencyGraphs,
    translations,
    l33tMaxSubstitutions: 20,
    maxLength: 64,
  });
  return estimator.check(password, words);
}

/** The person's own words, whole and in parts: "sam.jones@riverside.org" gives "sam", "jones" ... */
export function personalWords(context: PasswordContext): string[] {
  const whole = [context.email, context.name, context.serviceName, ...PRODUCT_WORDS];
  const words = new Set<string>();
  for (const value of whole) {
    if (!value) continue;
    const lower = value.toLowerCase().trim();
    words.add(lower);
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/** Why a new password is not acceptable, in words for the person, or undefined when it is fine. */
export function passwordProblem(
  password: string,
  context: PasswordContext = {},
): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters. Three or four random words work well.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  const result = estimate(password, personalWords(context));
  if (result.score >= MIN_SCORE) return undefined;
  const kinds = new Set(
    result.sequence.map((part) =>
      part.pattern === 'dictionary' ? part.dictionaryName : part.pattern,
    ),
  );
  if (kinds.has('userInputs')) {
    return `This uses your name, your email or the service's name, which are easy to guess. ${TRY_WORDS}`;
  }
  if (kinds.has('passwords-common')) {
    return `This is a password lots of people use, so it is easy to guess. ${TRY_WORDS}`;
  }
  return `This password would be easy to guess. ${TRY_WORDS}`;
}
