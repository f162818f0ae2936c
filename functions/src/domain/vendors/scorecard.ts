import type { Scorecard, ScorecardLine, ScorecardLineKey, ScorecardTermLine } from '../../contract/scorecard';
import { outcomeOf } from '../planned/compliance';
import type { WorkOrderRecord } from '../planned/records';
import { dayIn } from '../reports/period';
import type { TicketRecord } from '../records';
import type { ContractTerm, DisputeRecord, ScorecardMeasure, SpotCheckRecord, VendorRecord } from './records';

/**
 * A vendor's month against its contract (issue 16, design16 §Scorecard). Pure: the reads
 * (adapters/dynamo/scorecardReads.ts) bring the month's tickets (created in the month, hospital
 * zone), the planned work due in the month, the spot checks and disputes of the month.
 *
 * - jobs: the month's tickets, not cancelled and not merged into another;
 * - acceptOnTimeRate: jobs first accepted at or before acceptBy ÷ jobs accepted or whose acceptBy
 *   has passed (a job with no acceptBy that was accepted is on time);
 * - arriveOnTimeRate: likewise with the first arrival (firstArrivedAt ?? arrivedAt) and arriveBy;
 * - firstTimeFixRate: completed jobs never reopened ÷ completed jobs; reopenRate: completed jobs
 *   reopened at least once ÷ completed jobs. Completed = completed at least once (completedAt set,
 *   or reopened: a reopen clears completedAt);
 * - satisfactionRate: rated jobs with a score ≥ 4 ÷ rated jobs; complaints: jobs with a complaint;
 * - pmComplianceRate: planned work orders due in the month whose category the contract covers,
 *   done on time ÷ decided (issue 15's rule: an order still inside its window is not yet counted);
 * - spotCheckFails: failed spot checks of the month.
 * An ACCEPTED dispute for (ticket, measure) takes the ticket out of that measure, numerator and
 * denominator. A rate with no denominator is null ("—") and no term applies to it.
 */
export interface ScorecardInput {
  vendor: VendorRecord;
  month: string;
  timezone: string;
  now: Date;
  tickets: readonly TicketRecord[];
  workOrders: readonly WorkOrderRecord[];
  spotChecks: readonly SpotCheckRecord[];
  disputes: readonly DisputeRecord[];
}

/** A satisfied rating: 4 or 5 of 5. */
export const SATISFIED_SCORE = 4;

const COMPLETED_STATUSES = new Set<TicketRecord['status']>(['completed', 'confirmed', 'closed']);
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
/** Percent arithmetic keeps 4 decimals so 0.1 × 3 is 0.3, not 0.30000000000000004. */
const percentOf = (x: number) => round(x, 4);
/** Yuan × percent ÷ 100, to the fen. */
export const moneyOf = (fee: number, percent: number) => Math.round(fee * percent) / 100;

export function isJob(t: Pick<TicketRecord, 'status' | 'mergedIntoId'>): boolean {
  return t.status !== 'cancelled' && !t.mergedIntoId;
}

export function wasCompleted(t: Pick<TicketRecord, 'status' | 'completedAt' | 'reopenCount'>): boolean {
  return t.completedAt !== null || t.reopenCount > 0 || COMPLETED_STATUSES.has(t.status);
}

/** On time against a deadline: null while the deadline has not passed and the milestone not met (not yet counted). */
export function metOnTime(metAt: string | null | undefined, by: string | null, now: Date): boolean | null {
  if (metAt) return by === null || metAt <= by;
  if (by !== null && by <= now.toISOString()) return false;
  return null;
}

function rateLine(key: ScorecardLineKey, entries: readonly { number: string; counted: boolean }[], disputed: string[]): ScorecardLine {
  const counted = entries.filter((e) => e.counted).map((e) => e.number);
  const base = entries.map((e) => e.number);
  return {
    key,
    kind: 'rate',
    numerator: counted.length,
    denominator: base.length,
    value: base.length > 0 ? round((100 * counted.length) / base.length, 2) : null,
    counted,
    base,
    disputed,
  };
}

function countLine(key: ScorecardLineKey, numbers: string[], disputed: string[]): ScorecardLine {
  return { key, kind: 'count', numerator: numbers.length, denominator: null, value: numbers.length, counted: numbers, base: numbers, disputed };
}

/** Ticket ids an accepted dispute takes out of each measure. */
function acceptedDisputes(disputes: readonly DisputeRecord[]): Map<ScorecardMeasure, Set<string>> {
  const out = new Map<ScorecardMeasure, Set<string>>();
  for (const d of disputes) {
    if (d.status !== 'accepted') continue;
    const set = out.get(d.measure) ?? new Set<string>();
    set.add(d.ticketId);
    out.set(d.measure, set);
  }
  return out;
}

export function scorecardLines(input: ScorecardInput): ScorecardLine[] {
  const jobs = input.tickets.filter(isJob).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number.localeCompare(b.number));
  const removed = acceptedDisputes(input.disputes);
  /** The jobs a measure counts, and the numbers of those its accepted disputes took out. */
  const scope = <T extends { id: string; number: string }>(measure: ScorecardMeasure, items: readonly T[]) => {
    const out = removed.get(measure) ?? new Set<string>();
    return { kept: items.filter((t) => !out.has(t.id)), disputed: items.filter((t) => out.has(t.id)).map((t) => t.number) };
  };
  /** A rate over the jobs `inBase` keeps, counting those `hit` says. */
  const rate = (measure: ScorecardMeasure, candidates: readonly TicketRecord[], hit: (t: TicketRecord) => boolean) => {
    const { kept, disputed } = scope(measure, candidates);
    return rateLine(measure, kept.map((t) => ({ number: t.number, counted: hit(t) })), disputed);
  };
  const onTime = (pick: (t: TicketRecord) => boolean | null) => jobs.filter((t) => pick(t) !== null);
  const accept = (t: TicketRecord) => metOnTime(t.acceptedAt, t.acceptBy, input.now);
  const arrive = (t: TicketRecord) => metOnTime(t.firstArrivedAt ?? t.arrivedAt, t.arriveBy, input.now);
  const completed = jobs.filter(wasCompleted);
  const rated = jobs.filter((t) => t.rating !== null);
  const complaints = scope('complaints', jobs.filter((t) => t.complaint !== null));
  const fails = scope(
    'spotCheckFails',
    input.spotChecks.filter((s) => s.status === 'failed').map((s) => ({ id: s.ticketId, number: s.ticketNumber })),
  );
  return [
    countLine('jobs', jobs.map((t) => t.number), []),
    rate('acceptOnTimeRate', onTime(accept), (t) => accept(t) === true),
    rate('arriveOnTimeRate', onTime(arrive), (t) => arrive(t) === true),
    rate('firstTimeFixRate', completed, (t) => t.reopenCount === 0),
    rate('reopenRate', completed, (t) => t.reopenCount > 0),
    rate('satisfactionRate', rated, (t) => (t.rating?.score ?? 0) >= SATISFIED_SCORE),
    countLine('complaints', complaints.kept.map((t) => t.number), complaints.disputed),
    pmLine(input),
    countLine('spotCheckFails', fails.kept.map((t) => t.number), fails.disputed),
  ];
}

/** The planned work orders of the contract's categories due in the month. */
function vendorOrders(input: ScorecardInput): WorkOrderRecord[] {
  const covered = new Set(input.vendor.contract.coverage.map((c) => c.categoryCode));
  return input.workOrders.filter((o) => covered.has(o.categoryCode) && o.dueOn.startsWith(`${input.month}-`));
}

/** Planned work of the contract's categories due in the month, decided orders only (issue 15's rule). */
function pmLine(input: ScorecardInput): ScorecardLine {
  const today = dayIn(input.now, input.timezone);
  const decided = vendorOrders(input)
    .map((o) => ({ number: o.number, outcome: outcomeOf(o, today, input.timezone) }))
    .filter((o) => o.outcome !== 'open')
    .sort((a, b) => a.number.localeCompare(b.number));
  return rateLine('pmComplianceRate', decided.map((o) => ({ number: o.number, counted: o.outcome === 'onTime' })), []);
}

/**
 * One term on the month's value: below applies when value < threshold, above when value ≥
 * threshold (the threshold is where it starts). Per unit: percentPerUnit × ceil(distance ÷ unit)
 * (0 steps exactly at an `above` threshold); flat (unit null): percentPerUnit. Then the term's cap.
 */
export function applyTerm(term: ContractTerm, value: number | null, fee: number): ScorecardTermLine {
  const applies = value !== null && (term.direction === 'below' ? value < term.threshold : value >= term.threshold);
  const distance = value === null ? 0 : Math.abs(value - term.threshold);
  // A hair below the next integer is that integer: 98 − 96.9 is 1.1000000000000085, not 1.2.
  const units = term.unit === null ? null : applies ? Math.max(0, Math.ceil(round(distance / term.unit, 6))) : 0;
  const raw = !applies ? 0 : units === null ? term.percentPerUnit : percentOf(term.percentPerUnit * units);
  const capped = term.capPercent !== null && raw > term.capPercent;
  const percent = capped ? term.capPercent! : raw;
  return {
    termId: term.id,
    measure: term.measure,
    kind: term.kind,
    threshold: term.threshold,
    direction: term.direction,
    percentPerUnit: term.percentPerUnit,
    unit: term.unit,
    capPercent: term.capPercent,
    value,
    applies,
    units,
    percent,
    capped,
    amount: moneyOf(fee, percent),
  };
}

export function scorecardOf(input: ScorecardInput): Scorecard {
  const { vendor } = input;
  const { contract } = vendor;
  const lines = scorecardLines(input);
  const valueOf = new Map(lines.map((l) => [l.key, l.value]));
  const terms = contract.terms.map((term) => applyTerm(term, valueOf.get(term.measure) ?? null, contract.monthlyFee));
  const total = (kind: ContractTerm['kind'], cap: number | null) => {
    const sum = percentOf(terms.filter((t) => t.kind === kind).reduce((s, t) => s + t.percent, 0));
    return cap !== null && sum > cap ? { percent: cap, capped: true } : { percent: sum, capped: false };
  };
  const bonus = total('bonus', contract.bonusCapPercent);
  const penalty = total('penalty', contract.penaltyCapPercent);
  const bonusAmount = moneyOf(contract.monthlyFee, bonus.percent);
  const penaltyAmount = moneyOf(contract.monthlyFee, penalty.percent);
  return {
    vendorId: vendor.id,
    vendorName: { zh: vendor.nameZh, en: vendor.nameEn },
    month: input.month,
    contractReference: contract.reference,
    monthlyFee: contract.monthlyFee,
    lines,
    terms,
    bonusPercent: bonus.percent,
    penaltyPercent: penalty.percent,
    bonusAmount,
    penaltyAmount,
    netAmount: round(bonusAmount - penaltyAmount, 2),
    capsApplied: [...(bonus.capped ? (['bonus'] as const) : []), ...(penalty.capped ? (['penalty'] as const) : [])],
    refs: [
      ...input.tickets.filter(isJob).map((t) => ({ number: t.number, id: t.id, kind: 'ticket' as const })),
      ...vendorOrders(input).map((o) => ({ number: o.number, id: o.id, kind: 'workOrder' as const })),
    ],
    asOf: input.now.toISOString(),
  };
}
