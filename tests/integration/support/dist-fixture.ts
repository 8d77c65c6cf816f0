import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A tiny stand-in for `npm run build`'s output, so static serving is tested without vite. */
export const DIST_FILES: Record<string, string> = {
  'app/index.html':
    '<!doctype html><title>app</title><style>.boot{color:#212b32}</style><script type="module" src="/assets/index-Ab12Cd34.js"></script>',
  'app/assets/index-Ab12Cd34.js': 'console.log("app")',
  'app/assets/style-Ef56Gh78.css': 'body{}',
  'app/sw.js': 'self.addEventListener("install",()=>{})',
  'app/manifest.webmanifest': '{"name":"HIU companion"}',
  'app/pictures/gp.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'console/index.html': '<!doctype html><title>console</title>',
  'console/assets/console-Xy98Zw76.js': 'console.log("console")',
};

export function makeDistFixture(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'hiu-dist-'));
  for (const [path, content] of Object.entries(DIST_FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
