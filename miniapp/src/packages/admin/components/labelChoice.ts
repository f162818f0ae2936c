import type { LabelFormat, LabelKind, QrLabelsQuery } from '@contract/admin';
import type { LocationNode } from '@contract/catalog';

/** At most this many ticked labels print at once (the API's limit of codes). */
export const MAX_PICKED = 100;

/** What the labels screen has chosen: a building (null: the whole hospital, in batches), floors, rooms and/or devices, the format, the batch, and ticked labels. */
export interface LabelChoice {
  building: string | null;
  floors: string[];
  kind: LabelKind;
  format: LabelFormat;
  page: number;
  picked: string[];
}

export const firstChoice: LabelChoice = { building: null, floors: [], kind: 'all', format: 'link', page: 1, picked: [] };

/** The buildings of the place tree, wherever they sit (under a campus or at the top). */
export function buildingsOf(tree: readonly LocationNode[]): LocationNode[] {
  return tree.flatMap((node) => (node.type === 'building' ? [node] : buildingsOf(node.children)));
}

/** The query of the preview and of the PDF: ticked labels print alone; otherwise the chosen batch. */
export function labelQuery(choice: LabelChoice): QrLabelsQuery {
  return {
    building: choice.building ?? undefined,
    floors: choice.floors.length ? choice.floors.join(',') : undefined,
    kind: choice.kind,
    format: choice.format,
    ...(choice.picked.length ? { codes: choice.picked.join(',') } : { page: choice.page }),
  };
}

/** The scope changed: what was previewed and ticked no longer applies. */
export function withScope(choice: LabelChoice, patch: Partial<Pick<LabelChoice, 'building' | 'floors' | 'kind'>>): LabelChoice {
  return { ...choice, ...patch, page: 1, picked: [] };
}

export function toggled(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
