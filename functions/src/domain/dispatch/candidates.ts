import type { TicketRecord, UserRecord } from '../records';
import type { OnShiftCheck } from './rota';
import { isOnShift } from './shifts';
import { can } from '../policy/can';

export interface Candidate {
  user: UserRecord;
  score: number;
  skilled: boolean;
  onShift: boolean;
  openJobs: number;
  sameBuilding: boolean;
  /** Why this rank, in both languages, for the desk's assign sheet. */
  reasons: { en: string; zh: string }[];
}

export interface CandidateInputs {
  technicians: readonly UserRecord[];
  openJobsOf: (userId: string) => number;
  now: Date;
  timezone: string;
  /** Who is on shift now by the rota (rota.ts); absent: by the weekly patterns alone. */
  onShift?: OnShiftCheck;
}

/**
 * Ranks technicians for a ticket: skill for the category first, then on shift now, then the
 * fewest open jobs, then the same building. The weights keep that order strict: a skilled
 * technician off shift still outranks an unskilled one on shift.
 */
export function rankCandidates(ticket: TicketRecord, inputs: CandidateInputs): Candidate[] {
  return inputs.technicians
    .filter((u) => can(u, 'beAssigned', ticket))
    .map((user) => {
      const skilled = user.skills.includes(ticket.categoryCode);
      const onShift = inputs.onShift ? inputs.onShift(user) : isOnShift(user, inputs.now, inputs.timezone);
      const openJobs = inputs.openJobsOf(user.id);
      const sameBuilding = !!user.homeBuildingId && ticket.locationAncestorIds.includes(user.homeBuildingId);
      const score = (skilled ? 1000 : 0) + (onShift ? 100 : 0) + Math.max(0, 50 - openJobs * 5) + (sameBuilding ? 3 : 0);
      const reasons = [
        skilled ? { en: `skilled in ${ticket.categoryCode}`, zh: '具备该类别技能' } : { en: `no ${ticket.categoryCode} skill`, zh: '无该类别技能' },
        onShift ? { en: 'on shift now', zh: '当前在班' } : { en: 'off shift', zh: '当前不在班' },
        { en: `${openJobs} open job(s)`, zh: `手上${openJobs}单` },
        ...(sameBuilding ? [{ en: 'based in this building', zh: '常驻本楼' }] : []),
      ];
      return { user, score, skilled, onShift, openJobs, sameBuilding, reasons };
    })
    .sort((a, b) => b.score - a.score || a.user.name.localeCompare(b.user.name, 'zh-CN'));
}
