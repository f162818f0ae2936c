/**
 * Accessibility attributes for Taro components, whose types know only some of them: the web
 * build needs the real `role`/`aria-*` attributes (screen readers, axe), the mini-program reads
 * `ariaRole`/`ariaLabel`. Spread the result onto the component: `<View {...a11y({ role: 'link' })}>`.
 */
export function a11y(attrs: { role?: string; label?: string; checked?: boolean; lang?: string; focusable?: boolean }): Record<string, string> {
  const out: Record<string, string> = {};
  if (attrs.role) {
    out.role = attrs.role;
    out.ariaRole = attrs.role;
  }
  if (attrs.label) {
    out['aria-label'] = attrs.label;
    out.ariaLabel = attrs.label;
  }
  if (attrs.checked !== undefined) {
    out['aria-checked'] = String(attrs.checked);
    out.ariaChecked = String(attrs.checked);
  }
  if (attrs.lang) out.lang = attrs.lang;
  // A region that scrolls sideways must be reachable by keyboard to be scrolled.
  if (attrs.focusable) out.tabIndex = '0';
  return out;
}
