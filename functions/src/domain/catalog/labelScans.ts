import { ForbiddenError } from '../errors';
import { can } from '../policy/can';
import type { LabelScanRepository } from '../ports';
import type { UserRecord } from '../records';

/** A scan lets a guest report at that label as long as a guest's session may last. */
export const LABEL_SCAN_VALID_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

/** Would this user need to have scanned a label to report there? (The policy says: guests do.) */
function needsScanToReport(user: UserRecord, code: string): boolean {
  return !can(user, 'reportAt', { qrCode: code, scannedByReporter: false });
}

/** The QR lookup remembers the scan of whoever needs one to report there; nobody else's scans are stored. */
export async function rememberScan(scans: LabelScanRepository, user: UserRecord, code: string, now: Date): Promise<void> {
  if (!needsScanToReport(user, code)) return;
  await scans.recordScan({
    hospitalId: user.hospitalId,
    userId: user.id,
    code,
    scannedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + LABEL_SCAN_VALID_DAYS * DAY_MS).toISOString(),
  });
}

/** Has the reporter scanned this label recently (read only when the policy needs to know)? */
export async function scannedByReporter(scans: LabelScanRepository, user: UserRecord, code: string | undefined, now: Date): Promise<boolean> {
  if (!code || !needsScanToReport(user, code)) return false;
  const scan = await scans.getScan(user.hospitalId, user.id, code);
  return scan !== null && new Date(scan.expiresAt).getTime() > now.getTime();
}

/** 403 unless the policy lets this user report at this place (a guest: only at a label they scanned). */
export function assertMayReportAt(user: UserRecord, code: string | undefined, scanned: boolean): void {
  if (!can(user, 'reportAt', { qrCode: code ?? null, scannedByReporter: scanned })) {
    throw new ForbiddenError(
      'You can report only at a label you have scanned: scan the QR label at the place of the fault',
      '您只能在扫过的二维码处报修，请扫描故障所在位置的二维码',
    );
  }
}
