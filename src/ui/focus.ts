/** Moves focus to an element by id (an error's field, the main content) and brings it into view. */
export function focusById(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  if (!element.matches('a, button, input, select, textarea, [tabindex]')) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus();
  element.scrollIntoView({ block: 'center' });
}
