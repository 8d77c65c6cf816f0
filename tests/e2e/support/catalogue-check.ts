import type { Page } from '@playwright/test';

/**
 * Text on the page that did not come from a message catalogue, in the `en-XA` pseudo-locale:
 * every catalogue message is accented inside ⟦brackets⟧ there, so plain English letters outside
 * them were written into the code (or a date formatted by hand). People's and services' own
 * words are marked `data-own-words` and left out; so are pictures' SVG and hidden elements.
 * Checks text nodes, accessible names (aria-label, alt, title, placeholder) and the title.
 */
export function textsNotFromCatalogue(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const english = (text: string) => /[A-Za-z]/.test(text) && !/[⟦⟧]/.test(text);
    const ownWords = (el: Element | null) =>
      !el || el.closest('[data-own-words], script, style, noscript, svg, template') !== null;
    // Not drawn at all (display: none) is not on the screen; clipped screen-reader text is.
    const shown = (el: Element) => el.getClientRects().length > 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (!english(text) || ownWords(parent) || !parent || !shown(parent)) continue;
      found.push(text);
    }
    const named = document.body.querySelectorAll('[aria-label], [alt], [title], [placeholder]');
    for (const el of Array.from(named)) {
      if (ownWords(el)) continue;
      for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value && english(value)) found.push(`${name}="${value}"`);
      }
    }
    if (english(document.title)) found.push(`<title>${document.title}</title>`);
    return found;
  });
}
