/** Postgres (and PGlite) say 23505 when a unique index refuses a row. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}
