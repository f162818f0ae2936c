import type { Urgency } from '../../contract/enums';
import type { CategoryRecord, LocationRecord } from '../records';
import { coveringVendor } from './coverage';
import type { VendorRecord } from './records';
import { clockMinutes, type ClockMinutes } from './serviceLevels';

export interface VendorStamp extends ClockMinutes {
  /** The covering vendor's id; null: the hospital's own job. */
  vendorId: string | null;
}

/**
 * What a report takes from the vendor register at submission (createTicket): its vendor and its
 * accept/arrive minutes. `vendors` is the hospital's register as read for this report (one Query
 * per report, AP-301, beside the report's second round of reads: no added latency, and a contract
 * saved takes effect at the next report on every Lambda at once — no cache to go stale).
 */
export function vendorOfReport(
  vendors: readonly VendorRecord[],
  category: Pick<CategoryRecord, 'code' | 'sla'>,
  place: Pick<LocationRecord, 'id' | 'ancestorIds'>,
  urgency: Urgency,
  day: string,
): VendorStamp {
  const vendor = coveringVendor(vendors, { categoryCode: category.code, placeIds: [place.id, ...place.ancestorIds] }, day);
  return { vendorId: vendor?.id ?? null, ...clockMinutes(category.sla, vendor, category.code, urgency) };
}
