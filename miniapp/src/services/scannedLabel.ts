import { t } from '../i18n';
import { labelCodeFor, type LabelRefusal, type ScanOutcome } from '../platform/qr';
import { currentUser } from './session';

/** The bilingual words for a scan that is no label to use here. */
export function labelRefusalMessage(refusal: LabelRefusal): string {
  return t(refusal === 'otherHospital' ? 'scan.otherHospital' : 'home.notOurCode');
}

/**
 * The label code the signed-in user scanned, for the report form (扫码报修) or the arrival proof
 * (扫码到场); or the message saying why the scan is none (another app's QR, another hospital's label).
 */
export function scannedLabelCode(outcome: ScanOutcome): { code: string } | { message: string } {
  const found = labelCodeFor(outcome, currentUser()?.hospitalId);
  return 'code' in found ? found : { message: labelRefusalMessage(found.refused) };
}
