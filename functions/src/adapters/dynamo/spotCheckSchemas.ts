import * as z from 'zod/mini';
import { ScorecardMeasureName } from '../../contract/spotChecks';
import type { DisputeRecord, SpotCheckRecord } from '../../domain/vendors/records';

/** Spot check and dispute items as read (issue 16, VSPOT): checked on read like every record. */
const text = z.string();
const optionalText = z.nullable(z.string());

export const SpotCheckRecordSchema: z.ZodMiniType<SpotCheckRecord> = z.looseObject({
  hospitalId: text,
  id: text,
  vendorId: text,
  drawId: text,
  month: text,
  ticketId: text,
  ticketNumber: text,
  drawnAt: text,
  drawnById: text,
  status: z.enum(['pending', 'passed', 'failed']),
  inspectedAt: optionalText,
  inspectedById: optionalText,
  note: optionalText,
  photoKeys: z.array(text),
});

export const DisputeRecordSchema: z.ZodMiniType<DisputeRecord> = z.looseObject({
  hospitalId: text,
  id: text,
  vendorId: text,
  month: text,
  ticketId: text,
  ticketNumber: text,
  measure: ScorecardMeasureName,
  reason: text,
  raisedAt: text,
  raisedById: text,
  status: z.enum(['open', 'accepted', 'rejected']),
  decidedAt: optionalText,
  decidedById: optionalText,
  decisionReason: optionalText,
});
