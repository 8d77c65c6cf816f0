import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { setMessageCompiler } from '../src/shared/i18n';
import { bootScreenHtml, bootTitle } from '../src/app/boot/boot-html';

// The boot screen is drawn here in Node from the uncompiled English catalogues.
setMessageCompiler(compileMessage);

const repo = resolve(import.meta.dirname, '..');
const TOKENS = ['src/ui/styles/tokens.css', 'src/ui/styles/base.css'];

/** Comments and spaces out: the critical CSS travels in every HTML response. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

function criticalCss(extra: readonly string[]): string {
  return minifyCss(
    [...TOKENS, ...extra].map((f) => readFileSync(resolve(repo, f), 'utf8')).join('\n'),
  );
}

/**
 * Before every stylesheet link: the full stylesheet repeats the tokens and base rules, and a
 * screen's own rules of the same weight must still win over them, as they do without this.
 */
function style(css: string): string {
  return `<style>${css}</style>`;
}

/**
 * Stylesheets Vite links in the head stop the first paint until they arrive. They become
 * preloads instead (fetched at once, applied by `applyStyles` in src/ui/styles-ready.ts before
 * the app renders), and the critical part goes inline.
 */
function unblockStyles(html: string): string {
  return html.replace(
    /<link rel="stylesheet"([^>]*?) href="([^"]+\.css)"\s*\/?>/g,
    '<link rel="preload" as="style"$1 href="$2">',
  );
}

/**
 * The app's index.html: the Help now boot screen from the guide data (src/app/boot), its
 * pictures inline, styled by inline critical CSS; the rest of the CSS never blocks the paint.
 */
export function appBootScreen(): Plugin {
  return {
    name: 'hiu-boot-screen',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const dir = resolve(repo, 'public/pictures');
        const pictures = Object.fromEntries(
          readdirSync(dir)
            .filter((f) => f.endsWith('.svg'))
            .map((f) => [basename(f, '.svg'), readFileSync(resolve(dir, f), 'utf8')]),
        );
        if (!html.includes('<!--boot-screen-->'))
          throw new Error('index.html lost <!--boot-screen-->');
        const css = criticalCss(['src/app/boot/boot.css']);
        return unblockStyles(html)
          .replace('<!--boot-screen-->', bootScreenHtml(pictures))
          .replace(/<title>[^<]*<\/title>/, `<title>${bootTitle()}</title>${style(css)}`);
      },
    },
  };
}

/** The console's index.html: the page colours and type inline, the rest without blocking. */
export function consoleCriticalCss(): Plugin {
  return {
    name: 'hiu-console-critical-css',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return unblockStyles(html).replace('</title>', `</title>${style(criticalCss([]))}`);
      },
    },
  };
}
