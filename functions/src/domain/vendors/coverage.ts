import type { VendorContract, VendorCoverage, VendorRecord } from './records';

/**
 * Which vendor a report belongs to (issue 16): the active vendor whose contract covers the
 * report's category in its building. Pure: the caller reads the vendors (one Query) and the place.
 */

/** Not retired, and `day` (yyyy-mm-dd in the hospital's zone) within the contract's period, both ends included. */
export function isActiveOn(vendor: Pick<VendorRecord, 'retired' | 'contract'>, day: string): boolean {
  return !vendor.retired && vendor.contract.startsOn <= day && day <= vendor.contract.endsOn;
}

/** Where a report is: its category, and the place's own id with its ancestors' (the building is one of them). */
export interface ReportedFault {
  categoryCode: string;
  placeIds: readonly string[];
}

/**
 * The vendor of a new report, or null (in-house). A line naming the report's building beats a
 * whole-hospital line of the same category; saving a contract refuses two vendors on the same
 * ground (coverageClash), so a tie can only come from a race of two saves — the lower id is taken
 * then, so every report of the same place goes the same way.
 */
export function coveringVendor(vendors: readonly VendorRecord[], fault: ReportedFault, day: string): VendorRecord | null {
  let specific: VendorRecord | null = null;
  let general: VendorRecord | null = null;
  const lower = (a: VendorRecord | null, b: VendorRecord) => (a === null || b.id < a.id ? b : a);
  for (const vendor of vendors) {
    if (!isActiveOn(vendor, day)) continue;
    for (const line of vendor.contract.coverage) {
      if (line.categoryCode !== fault.categoryCode) continue;
      if (line.buildingIds.length === 0) general = lower(general, vendor);
      else if (line.buildingIds.some((b) => fault.placeIds.includes(b))) specific = lower(specific, vendor);
    }
  }
  return specific ?? general;
}

/** Two lines stand on the same ground: the same category, and both whole-hospital or sharing a building. */
export function linesOverlap(a: VendorCoverage, b: VendorCoverage): boolean {
  if (a.categoryCode !== b.categoryCode) return false;
  if (a.buildingIds.length === 0 && b.buildingIds.length === 0) return true;
  return a.buildingIds.some((id) => b.buildingIds.includes(id));
}

const periodsOverlap = (a: VendorContract, b: VendorContract) => a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;

/**
 * The first line of `contract` that another (not retired) vendor's contract also covers in an
 * overlapping period, with that vendor; null when none. A whole-hospital line and a line for one
 * building do not clash: the building's line wins there (coveringVendor).
 */
export function coverageClash(
  vendorId: string,
  contract: VendorContract,
  others: readonly VendorRecord[],
): { line: VendorCoverage; other: VendorRecord } | null {
  for (const other of others) {
    if (other.id === vendorId || other.retired || !periodsOverlap(contract, other.contract)) continue;
    for (const line of contract.coverage) {
      if (other.contract.coverage.some((theirs) => linesOverlap(line, theirs))) return { line, other };
    }
  }
  return null;
}
