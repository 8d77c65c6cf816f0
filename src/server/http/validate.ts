import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ApiProblem } from '../problem';

const MAX_FIELDS = 20;

/** zod issues as `{ 'path.to.field': 'message' }`, first message per field. */
export function fieldMessages(error: z.core.$ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'body';
    if (!(key in fields) && Object.keys(fields).length < MAX_FIELDS) {
      fields[key.slice(0, 100)] = issue.message.slice(0, 300);
    }
  }
  return fields;
}

const WHAT: Record<keyof ValidationTargets, string> = {
  json: 'Please check the details you sent.',
  form: 'Please check the details you sent.',
  query: 'Please check the search options.',
  param: 'That address is not right.',
  header: 'Please check the request headers.',
  cookie: 'Please check the request cookies.',
};

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string (or key) Postgres cannot store: a NUL, or half of a surrogate
 * pair. Both are valid JSON, so zod lets them through; the database would fail with a 500.
 */
export function findUnstorableText(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string')
    return UNSTORABLE.test(value) ? path.join('.') || 'body' : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (UNSTORABLE.test(key)) return [...path, 'key'].join('.');
    const found = findUnstorableText(child, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * `zValidator` with our error shape: 400 `{ error: 'invalid_input', message, fields }`.
 * A JSON body sent without `Content-Type: application/json` gets a message saying so.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result, c) => {
    if (result.success) {
      const field = findUnstorableText(result.data);
      if (field === undefined) return;
      const message = 'Some text has a character we cannot keep. Please type it again.';
      throw new ApiProblem(400, 'invalid_input', message, { [field.slice(0, 100)]: message });
    }
    let message = WHAT[target];
    if (target === 'json') {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
        message = 'Send the details as JSON (Content-Type: application/json).';
      }
    }
    throw new ApiProblem(400, 'invalid_input', message, fieldMessages(result.error));
  });
}
