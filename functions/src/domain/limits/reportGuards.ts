import type { NotificationIntent } from '../notifications';
import { reportLimitClassOf } from '../policy/can';
import type { ReportGuards } from '../ports';
import type { CategoryRecord, Hospital, TicketRecord, UserRecord } from '../records';
import { burstGroupAt, burstPosition, withoutDeskAlerts, type BurstCounter, type BurstGroup } from './reportBurst';
import { checkLimits, DEFAULT_REPORT_LIMITS, limitChargesFor, reportLimitsOf, type LimitCharge } from './reportLimits';

/**
 * The limit counters to read with a report's first BatchGet, before the hospital's own settings
 * are known: those of the default windows. A hospital with other windows is still held to them
 * by the transaction's condition; only its pre-check (refusing before anything is written)
 * sees 0 for a window not read here.
 */
export function limitCountersToRead(reporter: UserRecord, now: Date): LimitCharge[] {
  return limitChargesFor(reporter.id, reportLimitClassOf(reporter), DEFAULT_REPORT_LIMITS, now);
}

/** The reporter's charges under the hospital's limits; refuses (429) when a counter read is already full. */
export function chargeReport(reporter: UserRecord, hospital: Hospital, now: Date, read: readonly LimitCharge[], readCounts: readonly number[]): LimitCharge[] {
  const charges = limitChargesFor(reporter.id, reportLimitClassOf(reporter), reportLimitsOf(hospital), now);
  const countOf = (c: LimitCharge) => {
    const i = read.findIndex((r) => r.windowSeconds === c.windowSeconds && r.startEpoch === c.startEpoch);
    return i < 0 ? 0 : (readCounts[i] ?? 0);
  };
  checkLimits(charges, charges.map(countOf), now);
  return charges;
}

/** The burst a report at this room and category counts in. */
export function burstOf(hospital: Hospital, locationId: string, categoryCode: string, now: Date): BurstGroup {
  return burstGroupAt(locationId, categoryCode, reportLimitsOf(hospital).burst, now);
}

/**
 * What the report writes besides itself: its limit charges and its burst count; from the burst's
 * threshold on, its desk alerts fold into the group's one alert.
 */
export function guardReport(
  hospital: Hospital,
  charges: LimitCharge[],
  group: BurstGroup,
  counter: BurstCounter | null,
  ticket: TicketRecord,
  category: CategoryRecord,
  notifications: NotificationIntent[],
): { guards: ReportGuards; notifications: NotificationIntent[] } {
  const rule = reportLimitsOf(hospital).burst;
  const position = burstPosition(counter, rule);
  if (!position.grouped || !position.leadTicketId) return { guards: { limitCharges: charges, burst: { group, alert: null } }, notifications };
  const alert = {
    leadTicketId: position.leadTicketId,
    reports: position.reports,
    windowMinutes: rule.windowMinutes,
    locationId: ticket.locationId,
    locationName: ticket.locationName,
    categoryName: category.nameZh,
  };
  return { guards: { limitCharges: charges, burst: { group, alert } }, notifications: withoutDeskAlerts(notifications) };
}
