import type { TicketChannel, TicketStatus } from '../../contract/enums';
import { TicketStatus as TicketStatusEnum } from '../../contract/enums';

/** Named numbers of one aggregate item; stored as attributes and only ever changed by ADD. */
export type Counters = Record<string, number>;

export const STATUSES: readonly TicketStatus[] = TicketStatusEnum.options;

/**
 * Upper edges (minutes) of the duration histograms. A p90 read from merged histograms is the
 * upper edge of the bucket holding the 90th percentile: never below the true value, and above
 * it by less than that bucket's width (at most 50 % of the value from 10 min up, ±5 min below).
 * Durations beyond the last edge fall in an overflow bucket reported as the last edge.
 */
export const HISTOGRAM_EDGES_MINUTES = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1080, 1440, 2160, 2880, 4320, 7200, 10080, 20160, 43200] as const;

export type DurationName = 'acc' | 'arr' | 'cmp';

/** Counter names, short because every aggregate item carries each of them. */
export const C = {
  reported: 'reported',
  status: (s: TicketStatus) => `st_${s}`,
  /** SLA met / decided (accepted, or breached before acceptance). */
  acceptMet: 'acc_met',
  acceptTotal: 'acc_tot',
  arriveMet: 'arr_met',
  arriveTotal: 'arr_tot',
  /** Durations: count, sum of minutes, histogram bucket counts. */
  durationCount: (d: DurationName) => `${d}_n`,
  durationMinutes: (d: DurationName) => `${d}_min`,
  bucket: (d: DurationName, i: number) => `${d}_h${String(i).padStart(2, '0')}`,
  ftfMet: 'ftf_met',
  ftfTotal: 'ftf_tot',
  reopened: 'reopened',
  rated: 'rated',
  satisfied: 'satisfied',
  scoreSum: 'score_sum',
  callbacks: 'callbacks',
  complaints: 'complaints',
  /** Parts cost in fen (1/100 yuan), so sums stay exact integers. */
  partsFen: 'parts_fen',
  /** Faults that count against an asset: every reported ticket except cancelled ones (merged duplicates are cancelled). */
  failures: 'failures',
  downCount: 'down_n',
  downMinutes: 'down_min',
  /** How the report came in (the desk's phone, walk-in and WeChat reports against the reporters' own). */
  channel: (ch: TicketChannel) => `ch_${ch}`,
} as const;

export function bucketOf(minutes: number): number {
  const i = HISTOGRAM_EDGES_MINUTES.findIndex((edge) => minutes <= edge);
  return i === -1 ? HISTOGRAM_EDGES_MINUTES.length : i;
}

/** The upper edge of the bucket holding the q-quantile, or null for an empty histogram. */
export function quantileMinutes(c: Counters, d: DurationName, q: number): number | null {
  const total = c[C.durationCount(d)] ?? 0;
  if (total <= 0) return null;
  const rank = Math.ceil(q * total);
  let seen = 0;
  for (let i = 0; i <= HISTOGRAM_EDGES_MINUTES.length; i++) {
    seen += c[C.bucket(d, i)] ?? 0;
    if (seen >= rank) return HISTOGRAM_EDGES_MINUTES[Math.min(i, HISTOGRAM_EDGES_MINUTES.length - 1)]!;
  }
  return HISTOGRAM_EDGES_MINUTES[HISTOGRAM_EDGES_MINUTES.length - 1]!;
}

export function addInto(target: Counters, source: Counters, sign = 1): Counters {
  for (const [k, v] of Object.entries(source)) {
    const next = (target[k] ?? 0) + sign * v;
    if (next === 0) delete target[k];
    else target[k] = next;
  }
  return target;
}

export function sumCounters(list: readonly Counters[]): Counters {
  const total: Counters = {};
  for (const c of list) addInto(total, c);
  return total;
}

export const get = (c: Counters, name: string) => c[name] ?? 0;

export function rate(met: number, total: number): number | null {
  return total > 0 ? met / total : null;
}
