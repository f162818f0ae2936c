import type { ChecklistItemKind, CreatePlanBody, Plan, PlanCriticality, PlanFrequency, PlanTarget } from '@contract/planned';

export const FREQUENCIES: readonly PlanFrequency[] = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'yearly', 'everyNDays', 'meter'];
export const CRITICALITIES: readonly PlanCriticality[] = ['lifeSupport', 'highRisk', 'normal'];
export const ITEM_KINDS: readonly ChecklistItemKind[] = ['passFail', 'number', 'text', 'photo'];
export type TargetKind = PlanTarget['kind'];
export const TARGET_KINDS: readonly TargetKind[] = ['asset', 'assetType', 'round'];

/** A checkpoint of a round, with the name the form shows. */
export interface CheckpointDraft {
  kind: 'location' | 'asset';
  id: string;
  name: string;
}

/** One checklist item as typed: numbers stay text until the plan is saved. */
export interface ItemDraft {
  id: string;
  kind: ChecklistItemKind;
  labelZh: string;
  labelEn: string;
  unit: string;
  min: string;
  max: string;
  required: boolean;
}

/** What the plan form edits. Every target kind keeps its own value, so switching back and forth loses nothing. */
export interface PlanDraft {
  nameZh: string;
  nameEn: string;
  targetKind: TargetKind;
  asset: { id: string; name: string } | null;
  assetType: string;
  checkpoints: CheckpointDraft[];
  frequency: PlanFrequency;
  everyDays: string;
  startsOn: string;
  meter: { name: string; unit: string; every: string; startsAt: string };
  /** Off: the surveyors' default window for the frequency (the server applies it). */
  windowOverride: boolean;
  beforeDays: string;
  afterDays: string;
  checklist: ItemDraft[];
  categoryCode: string;
  technicianId: string;
  team: string;
  criticality: PlanCriticality;
  leadDays: string;
  postponeMaxDays: string;
}

/** An item id the form has not used yet ("i1", "i2", …): the server only needs them unique within the plan. */
export function nextItemId(items: readonly ItemDraft[]): string {
  const used = new Set(items.map((i) => i.id));
  let n = items.length + 1;
  while (used.has(`i${n}`)) n++;
  return `i${n}`;
}

export const newItem = (items: readonly ItemDraft[], kind: ChecklistItemKind = 'passFail'): ItemDraft => ({
  id: nextItemId(items),
  kind,
  labelZh: '',
  labelEn: '',
  unit: '',
  min: '',
  max: '',
  required: true,
});

/** A new plan: monthly from `today`, one pass/fail item, the default window, lead 7 days, postpone up to 5. */
export function newPlanDraft(today: string): PlanDraft {
  return {
    nameZh: '',
    nameEn: '',
    targetKind: 'asset',
    asset: null,
    assetType: '',
    checkpoints: [],
    frequency: 'monthly',
    everyDays: '30',
    startsOn: today,
    meter: { name: '', unit: '', every: '', startsAt: '0' },
    windowOverride: false,
    beforeDays: '',
    afterDays: '',
    checklist: [newItem([])],
    categoryCode: '',
    technicianId: '',
    team: '',
    criticality: 'normal',
    leadDays: '7',
    postponeMaxDays: '5',
  };
}

const text = (n: number | undefined | null) => (n === undefined || n === null ? '' : String(n));

function itemDraft(i: CreatePlanBody['checklist'][number]): ItemDraft {
  return { id: i.id, kind: i.kind, labelZh: i.label.zh, labelEn: i.label.en, unit: i.unit ?? '', min: text(i.min), max: text(i.max), required: i.required };
}

/** A suggested plan (CreatePlanBody) as the form's draft; names of its devices are not known, ids stand in. */
export function draftOfBody(b: CreatePlanBody, today: string): PlanDraft {
  const base = newPlanDraft(today);
  const t = b.target;
  return {
    ...base,
    nameZh: b.name.zh,
    nameEn: b.name.en,
    targetKind: t.kind,
    asset: t.kind === 'asset' ? { id: t.assetId, name: t.assetId } : null,
    assetType: t.kind === 'assetType' ? t.assetType : '',
    checkpoints: t.kind === 'round' ? t.checkpoints.map((c) => ({ ...c, name: c.id })) : [],
    frequency: b.schedule.frequency,
    everyDays: text(b.schedule.everyDays) || base.everyDays,
    startsOn: b.schedule.startsOn,
    meter: b.schedule.meter ? { name: b.schedule.meter.name, unit: b.schedule.meter.unit, every: text(b.schedule.meter.every), startsAt: text(b.schedule.meter.startsAt) } : base.meter,
    windowOverride: !!b.window,
    beforeDays: text(b.window?.beforeDays),
    afterDays: text(b.window?.afterDays),
    checklist: b.checklist.map(itemDraft),
    categoryCode: b.categoryCode,
    technicianId: b.technicianId ?? '',
    team: b.team ?? '',
    criticality: b.criticality,
    leadDays: text(b.leadDays) || base.leadDays,
    postponeMaxDays: text(b.postponeMaxDays) || base.postponeMaxDays,
  };
}

/** A stored plan as the form's draft; an untouched default window stays the default. */
export function draftOfPlan(p: Plan): PlanDraft {
  const t = p.target;
  const draft = draftOfBody(
    {
      name: p.name,
      target: t.kind === 'asset' ? { kind: 'asset', assetId: t.assetId } : t.kind === 'assetType' ? { kind: 'assetType', assetType: t.assetType } : { kind: 'round', checkpoints: t.checkpoints.map(({ kind, id }) => ({ kind, id })) },
      schedule: p.schedule,
      window: p.windowIsDefault ? undefined : p.window,
      checklist: p.checklist,
      categoryCode: p.categoryCode,
      technicianId: p.technicianId ?? undefined,
      team: p.team ?? undefined,
      criticality: p.criticality,
      leadDays: p.leadDays,
      postponeMaxDays: p.postponeMaxDays,
    },
    p.schedule.startsOn,
  );
  if (t.kind === 'asset') draft.asset = { id: t.assetId, name: t.assetName };
  if (t.kind === 'round') draft.checkpoints = t.checkpoints.map((c) => ({ ...c }));
  return draft;
}

/** A whole number or a decimal as typed; anything else is sent as NaN (JSON null) so the server refuses it with its field message. */
const num = (s: string): number => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);
const optionalNum = (s: string): number | undefined => (s.trim() ? num(s) : undefined);
const optionalText = (s: string): string | undefined => s.trim() || undefined;

function target(d: PlanDraft): PlanTarget {
  if (d.targetKind === 'asset') return { kind: 'asset', assetId: d.asset?.id ?? '' };
  if (d.targetKind === 'assetType') return { kind: 'assetType', assetType: d.assetType.trim() };
  return { kind: 'round', checkpoints: d.checkpoints.map(({ kind, id }) => ({ kind, id })) };
}

/** A label written in one language only is used for both (as the category's quick phrases are). */
const bilingual = (zh: string, en: string) => ({ zh: zh.trim() || en.trim(), en: en.trim() || zh.trim() });

/** The request body of the draft: only what its frequency, target and item kinds use. */
export function planBodyOf(d: PlanDraft): CreatePlanBody {
  const f = d.frequency;
  return {
    name: bilingual(d.nameZh, d.nameEn),
    target: target(d),
    schedule: {
      frequency: f,
      startsOn: d.startsOn,
      ...(f === 'everyNDays' ? { everyDays: num(d.everyDays) } : {}),
      ...(f === 'meter' ? { meter: { name: d.meter.name.trim(), unit: d.meter.unit.trim(), every: num(d.meter.every), startsAt: num(d.meter.startsAt || '0') } } : {}),
    },
    ...(d.windowOverride ? { window: { beforeDays: num(d.beforeDays), afterDays: num(d.afterDays) } } : {}),
    checklist: d.checklist.map((i) => ({
      id: i.id,
      kind: i.kind,
      label: bilingual(i.labelZh, i.labelEn),
      ...(i.kind === 'number' ? { unit: optionalText(i.unit), min: optionalNum(i.min), max: optionalNum(i.max) } : {}),
      required: i.required,
    })),
    categoryCode: d.categoryCode,
    technicianId: optionalText(d.technicianId),
    team: optionalText(d.team),
    criticality: d.criticality,
    leadDays: optionalNum(d.leadDays),
    postponeMaxDays: optionalNum(d.postponeMaxDays),
  };
}

/** Moves one checkpoint of a round up (-1) or down (+1); the ends stay where they are. */
export function moveCheckpoint(list: readonly CheckpointDraft[], index: number, by: -1 | 1): CheckpointDraft[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/**
 * The surveyors' default window of a frequency, as the form explains it (domain/planned/window.ts
 * applies it): `days` for a fixed ±, `month` for "within the calendar month".
 */
export function defaultWindowOf(frequency: PlanFrequency, everyDays: number): { kind: 'month' } | { kind: 'days'; beforeDays: number; afterDays: number } {
  switch (frequency) {
    case 'daily':
      return { kind: 'days', beforeDays: 0, afterDays: 0 };
    case 'weekly':
      return { kind: 'days', beforeDays: 0, afterDays: 2 };
    case 'monthly':
      return { kind: 'month' };
    case 'quarterly':
      return { kind: 'days', beforeDays: 10, afterDays: 10 };
    case 'semiannual':
      return { kind: 'days', beforeDays: 20, afterDays: 20 };
    case 'yearly':
      return { kind: 'days', beforeDays: 30, afterDays: 30 };
    case 'everyNDays': {
      const n = Number.isFinite(everyDays) && everyDays > 0 ? Math.floor(everyDays / 10) : 0;
      return { kind: 'days', beforeDays: n, afterDays: n };
    }
    case 'meter':
      return { kind: 'days', beforeDays: 0, afterDays: 7 };
  }
}
