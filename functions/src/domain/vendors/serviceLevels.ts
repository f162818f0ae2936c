import type { Urgency } from '../../contract/enums';
import type { SlaPolicy } from '../../contract/catalog';
import type { VendorRecord } from './records';

export interface ClockMinutes {
  acceptMinutes: number;
  arriveMinutes: number;
}

/**
 * A report's accept and arrive minutes: the category's, unless the vendor's contract promises a
 * stricter level for that category and urgency — each of the two separately, so a contract
 * stricter on arrival only never loosens acceptance (design16: "replace … when stricter").
 */
export function clockMinutes(sla: SlaPolicy, vendor: Pick<VendorRecord, 'contract'> | null, categoryCode: string, urgency: Urgency): ClockMinutes {
  const own = { acceptMinutes: sla.acceptWithinMinutes[urgency], arriveMinutes: sla.arriveWithinMinutes[urgency] };
  const level = vendor?.contract.serviceLevels.find((l) => l.categoryCode === categoryCode && l.urgency === urgency);
  if (!level) return own;
  return { acceptMinutes: Math.min(own.acceptMinutes, level.acceptMinutes), arriveMinutes: Math.min(own.arriveMinutes, level.arriveMinutes) };
}
