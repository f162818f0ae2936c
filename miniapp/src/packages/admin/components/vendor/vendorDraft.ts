import type { Urgency } from '@contract/enums';
import type { CreateVendorBody, Vendor } from '@contract/vendors';
import { dayOf } from '../../../../components/weekDays';

/** The scorecard measures a term may name (contract/vendors.ts ScorecardMeasure), in the order the form offers them. */
export const MEASURES = ['acceptOnTimeRate', 'arriveOnTimeRate', 'firstTimeFixRate', 'reopenRate', 'satisfactionRate', 'complaints', 'pmComplianceRate', 'spotCheckFails'] as const;
export type Measure = (typeof MEASURES)[number];

export interface CoverageDraft {
  categoryCode: string;
  buildingIds: string[];
}
export interface LevelDraft {
  categoryCode: string;
  urgency: Urgency;
  acceptMinutes: string;
  arriveMinutes: string;
}
export interface TermDraft {
  id: string;
  measure: Measure;
  kind: 'bonus' | 'penalty';
  direction: 'below' | 'above';
  threshold: string;
  percentPerUnit: string;
  unit: string;
  capPercent: string;
}

/** What the vendor form edits: numbers as typed (text), the contract's lists as rows. */
export interface VendorDraft {
  id: string;
  nameZh: string;
  nameEn: string;
  contactName: string;
  contactPhone: string;
  notes: string;
  reference: string;
  startsOn: string;
  endsOn: string;
  monthlyFee: string;
  coverage: CoverageDraft[];
  serviceLevels: LevelDraft[];
  terms: TermDraft[];
  penaltyCapPercent: string;
  bonusCapPercent: string;
}

/** A new contract runs a year from today. */
export function newVendorDraft(now = new Date()): VendorDraft {
  const end = new Date(now.getFullYear() + 1, now.getMonth(), now.getDate() - 1);
  return {
    id: '',
    nameZh: '',
    nameEn: '',
    contactName: '',
    contactPhone: '',
    notes: '',
    reference: '',
    startsOn: dayOf(now),
    endsOn: dayOf(end),
    monthlyFee: '',
    coverage: [{ categoryCode: '', buildingIds: [] }],
    serviceLevels: [],
    terms: [],
    penaltyCapPercent: '',
    bonusCapPercent: '',
  };
}

const text = (n: number | null) => (n === null ? '' : String(n));

export function vendorDraftOf(v: Vendor): VendorDraft {
  const c = v.contract;
  return {
    id: v.id,
    nameZh: v.nameZh,
    nameEn: v.nameEn,
    contactName: v.contactName ?? '',
    contactPhone: v.contactPhone ?? '',
    notes: v.notes ?? '',
    reference: c.reference,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    monthlyFee: String(c.monthlyFee),
    coverage: c.coverage.map((l) => ({ categoryCode: l.categoryCode, buildingIds: [...l.buildingIds] })),
    serviceLevels: c.serviceLevels.map((l) => ({ ...l, acceptMinutes: String(l.acceptMinutes), arriveMinutes: String(l.arriveMinutes) })),
    terms: c.terms.map((term) => ({ ...term, threshold: String(term.threshold), percentPerUnit: String(term.percentPerUnit), unit: text(term.unit), capPercent: text(term.capPercent) })),
    penaltyCapPercent: text(c.penaltyCapPercent),
    bonusCapPercent: text(c.bonusCapPercent),
  };
}

/** A number as typed; unreadable text is sent as NaN (JSON null) and refused by the server with the field's message. */
const num = (s: string): number => (s.trim() === '' || Number.isNaN(Number(s.trim())) ? Number.NaN : Number(s.trim()));
/** An optional number: empty is null (no cap, a flat term). */
const numOrNull = (s: string): number | null => (s.trim() === '' ? null : num(s));
const orNull = (s: string) => s.trim() || null;

/** The request body; a coverage row without a category is dropped (the form starts with one). */
export function vendorBodyOf(d: VendorDraft): CreateVendorBody {
  return {
    id: d.id.trim(),
    nameZh: d.nameZh.trim(),
    nameEn: d.nameEn.trim(),
    contactName: orNull(d.contactName),
    contactPhone: orNull(d.contactPhone),
    notes: orNull(d.notes),
    contract: {
      reference: d.reference.trim(),
      startsOn: d.startsOn,
      endsOn: d.endsOn,
      monthlyFee: num(d.monthlyFee),
      coverage: d.coverage.filter((l) => l.categoryCode !== ''),
      serviceLevels: d.serviceLevels.map((l) => ({ categoryCode: l.categoryCode, urgency: l.urgency, acceptMinutes: num(l.acceptMinutes), arriveMinutes: num(l.arriveMinutes) })),
      terms: d.terms.map((term) => ({
        id: term.id,
        measure: term.measure,
        kind: term.kind,
        direction: term.direction,
        threshold: num(term.threshold),
        percentPerUnit: num(term.percentPerUnit),
        unit: numOrNull(term.unit),
        capPercent: numOrNull(term.capPercent),
      })),
      penaltyCapPercent: numOrNull(d.penaltyCapPercent),
      bonusCapPercent: numOrNull(d.bonusCapPercent),
    },
  };
}

/** A term id not used yet in the draft (t1, t2, …). */
export function nextTermId(terms: readonly TermDraft[]): string {
  let n = terms.length + 1;
  while (terms.some((term) => term.id === `t${n}`)) n += 1;
  return `t${n}`;
}
