/**
 * The order of the tickets the desk last saw in its queue (or search), so the ticket page's
 * "next ticket" shortcut follows the same list without fetching it again.
 */
let order: string[] = [];

export function rememberDeskOrder(ids: readonly string[]): void {
  order = [...ids];
}

/** The ticket after this one in the desk's list; null at the end or when it is not in the list. */
export function nextInDeskOrder(id: string): string | null {
  const at = order.indexOf(id);
  return at >= 0 && at + 1 < order.length ? order[at + 1]! : null;
}
