import type { Category, LocationNode } from '@contract/catalog';
import { api } from './api';

let categories: Promise<Category[]> | null = null;

/** The hospital's categories, fetched once per app run (they change rarely). */
export function loadCategories(): Promise<Category[]> {
  categories ??= api.listCategories().then(
    (r) => r.items,
    (err: unknown) => {
      categories = null;
      throw err;
    },
  );
  return categories;
}

let buildings: Promise<{ id: string; name: string }[]> | null = null;

/** Every building of the hospital (for the desk's filter), fetched once per app run. */
export function loadBuildings(): Promise<{ id: string; name: string }[]> {
  const collect = (nodes: LocationNode[], out: { id: string; name: string }[]) => {
    for (const n of nodes) {
      if (n.type === 'building') out.push({ id: n.id, name: n.name });
      else if (n.type === 'campus') collect(n.children, out);
    }
    return out;
  };
  buildings ??= api.listLocations().then(
    (r) => collect(r.items, []),
    (err: unknown) => {
      buildings = null;
      throw err;
    },
  );
  return buildings;
}
