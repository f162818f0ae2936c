import type { LocationNode } from '@contract/catalog';

/** The room and the floor and building it is in (for "this room / the whole floor / the whole building"), from the place tree. */
export function placesOfRoom(tree: readonly LocationNode[], roomId: string): LocationNode[] {
  const walk = (nodes: readonly LocationNode[], trail: LocationNode[]): LocationNode[] | null => {
    for (const n of nodes) {
      const path = [...trail, n];
      if (n.id === roomId) return path;
      const found = walk(n.children, path);
      if (found) return found;
    }
    return null;
  };
  return (walk(tree, []) ?? []).filter((n) => n.type !== 'campus').reverse();
}
