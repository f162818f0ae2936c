import { useEffect, useState } from 'react';
import type { Category } from '@contract/catalog';
import { pick } from '../i18n';
import { loadCategories } from '../services/catalog';
import { getSession } from '../services/session';

/** A lookup from category code to its name in the current language (the code until loaded). */
export function useCategoryNames(): (code: string) => string {
  const [items, setItems] = useState<Category[]>([]);
  useEffect(() => {
    // Not signed in yet: the page is about to send the user to the login screen.
    if (getSession()) loadCategories().then(setItems, () => undefined);
  }, []);
  return (code) => {
    const c = items.find((x) => x.code === code);
    return c ? pick(c.nameZh, c.nameEn) : code;
  };
}
