/**
 * Taro's H5 pages scroll inside their own container (`.taro_page`), and a Taro button is no
 * focusable element: a keyboard user could not scroll a long page. Each page container is made
 * focusable as it is added (WCAG 2.1.1; axe's scrollable-region-focusable), so Tab reaches it
 * and the arrow keys scroll it.
 */
export function makeScrollRegionsFocusable(): void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  const mark = () => {
    for (const page of document.querySelectorAll<HTMLElement>('.taro_page:not([tabindex])')) page.tabIndex = 0;
  };
  new MutationObserver(mark).observe(document.documentElement, { childList: true, subtree: true });
  mark();
}
