import { usePageTitle } from './pageTitle';

/**
 * The page's title in the current language. The mini-program has WeChat's own navigation bar
 * with its back button; the web build's bar with a back control is PageBar.h5.tsx.
 */
export function PageBar({ title }: { title: string }) {
  usePageTitle(title);
  return null;
}
