import { sql, type ColumnType, type RawBuilder } from 'kysely';

/**
 * A value for a jsonb column. Sent as text and cast, because `pg` would turn a JS array
 * into a Postgres array and PGlite would JSON-encode a string twice.
 */
export function jsonb(value: unknown): RawBuilder<string> {
  return sql<string>`${JSON.stringify(value)}::text::jsonb`;
}

/** A jsonb column: read as `unknown` (parse it with a shared schema), written with `jsonb()`. */
export type Jsonb = ColumnType<unknown, string, string>;
