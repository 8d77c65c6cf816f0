import { readFile } from 'node:fs/promises';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

/**
 * Message catalogues (`*.messages.json`, ICU MessageFormat) compiled at build time, so the
 * phone gets lingui's ready-to-format arrays and never downloads a message parser. A message
 * that does not parse stops the build with its file and key. Done as the file is read (`load`),
 * so it comes before Vite's JSON plugin whatever order a build lists plugins in (the service
 * worker's build adds its own after Vite's).
 */
export function compileCatalogues(): Plugin {
  return {
    name: 'hiu-i18n-compile',
    enforce: 'pre',
    async load(id) {
      const path = id.split('?')[0] ?? '';
      if (!/\.messages\.json$/.test(path)) return null;
      const source = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(source)) {
        if (typeof message !== 'string') this.error(`${id}: "${key}" is not a string`);
        try {
          compiled[key] = compileMessageOrThrow(message);
        } catch (error) {
          this.error(`${id}: "${key}" is not valid ICU MessageFormat: ${String(error)}`);
        }
      }
      // Still JSON: Vite's own JSON plugin turns it into a module after this.
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}
