/**
 * The built index.html names its stylesheets as preloads, so they never hold up the first paint
 * (build/boot-screen.ts). This applies them and resolves once they are in force, so a screen is
 * never drawn unstyled. A stylesheet that fails, or takes too long, does not keep the app away:
 * the inline critical CSS still styles the buttons and 999.
 */
export function applyStyles(doc: Document = document, waitMs = 3000): Promise<void> {
  const links = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="style"]')];
  const applied = links.map(
    (link) =>
      new Promise<void>((resolve) => {
        link.addEventListener('load', () => resolve(), { once: true });
        link.addEventListener('error', () => resolve(), { once: true });
        link.rel = 'stylesheet';
      }),
  );
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, waitMs));
  // Then a task of its own for the caller: drawing the app in the same task as the stylesheet's
  // load would make one long task of both (a phone's main thread blocked for longer).
  return Promise.race([Promise.all(applied), timeout]).then(
    () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  );
}
