/** Writes docs/openapi.json from the endpoint table: `npm run openapi`. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApiDocument } from '../http/openapi';

export const OPENAPI_FILE = resolve(import.meta.dirname, '../../../docs/openapi.json');

/** The document as it is written to disk. */
export const openApiText = () => `${JSON.stringify(openApiDocument(), null, 2)}\n`;

if (process.argv[1] === import.meta.filename) {
  writeFileSync(OPENAPI_FILE, openApiText());
  console.log(`Wrote ${OPENAPI_FILE}`);
}
