import type { AdminCategory, CreateCategoryInput } from '@contract/admin';
import type { Urgency } from '@contract/enums';

export const URGENCIES: Urgency[] = ['normal', 'urgent', 'emergency'];
export const DISPATCH_MODES = ['manual', 'auto', 'grab'] as const;
export type DispatchModeName = (typeof DISPATCH_MODES)[number];
export type SlaKind = 'acceptWithinMinutes' | 'arriveWithinMinutes';

/** What the category form edits: numbers as typed (text), phrases as rows of both languages. */
export interface CategoryDraft {
  code: string;
  nameZh: string;
  nameEn: string;
  team: string;
  dispatchMode: DispatchModeName;
  sla: Record<SlaKind, Record<Urgency, string>>;
  quickPhrases: { zh: string; en: string }[];
  offeredForRooms: boolean;
  signatureRequired: boolean;
}

/** A new category starts with the hospital's usual times: accept in 15 minutes (5 in an emergency), arrive in 4 h, 2 h, 30 min. */
export function newDraft(): CategoryDraft {
  return {
    code: '',
    nameZh: '',
    nameEn: '',
    team: '',
    dispatchMode: 'manual',
    sla: { acceptWithinMinutes: { normal: '15', urgent: '15', emergency: '5' }, arriveWithinMinutes: { normal: '240', urgent: '120', emergency: '30' } },
    quickPhrases: [],
    offeredForRooms: true,
    signatureRequired: false,
  };
}

const asText = (m: Record<Urgency, number>): Record<Urgency, string> => ({ normal: String(m.normal), urgent: String(m.urgent), emergency: String(m.emergency) });

export function draftOf(c: AdminCategory): CategoryDraft {
  return {
    code: c.code,
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    team: c.team,
    dispatchMode: c.dispatchMode,
    sla: { acceptWithinMinutes: asText(c.sla.acceptWithinMinutes), arriveWithinMinutes: asText(c.sla.arriveWithinMinutes) },
    quickPhrases: c.quickPhrases.map((p) => ({ ...p })),
    offeredForRooms: c.offeredForRooms,
    signatureRequired: c.signatureRequired,
  };
}

/** Minutes as the server checks them (whole, 1 … 30 days); a field left unreadable is sent as NaN and refused there with its message. */
const minutes = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
const asMinutes = (m: Record<Urgency, string>) => ({ normal: minutes(m.normal), urgent: minutes(m.urgent), emergency: minutes(m.emergency) });

/** The request body: empty phrase rows are dropped, a phrase written in one language only is used for both. */
export function bodyOf(d: CategoryDraft): CreateCategoryInput {
  const quickPhrases = d.quickPhrases
    .map((p) => ({ zh: p.zh.trim(), en: p.en.trim() }))
    .filter((p) => p.zh || p.en)
    .map((p) => ({ zh: p.zh || p.en, en: p.en || p.zh }));
  return {
    code: d.code.trim(),
    nameZh: d.nameZh.trim(),
    nameEn: d.nameEn.trim(),
    team: d.team.trim(),
    dispatchMode: d.dispatchMode,
    sla: { acceptWithinMinutes: asMinutes(d.sla.acceptWithinMinutes), arriveWithinMinutes: asMinutes(d.sla.arriveWithinMinutes) },
    quickPhrases,
    offeredForRooms: d.offeredForRooms,
    signatureRequired: d.signatureRequired,
  };
}
