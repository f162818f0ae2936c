import * as z from 'zod/mini';
import { Id } from './common';
import { QrCode } from './catalog';
import { PartUsed, PhotoKey } from './tickets';

const Reason = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));
const Note = z.string().check(z.trim(), z.maxLength(1000));

export const AssignBody = z.object({ technicianId: Id, reason: z.optional(Reason) });
export const ArriveBody = z.object({ qrCode: QrCode });
export const ReasonBody = z.object({ reason: Reason });
export const CompleteBody = z.object({
  note: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  parts: z._default(z.array(PartUsed).check(z.maxLength(50)), []),
  photoKeys: z._default(z.array(PhotoKey).check(z.maxLength(9)), []),
});
export const ConfirmBody = z.object({ satisfied: z.boolean(), note: z.optional(Note) });
export const RateBody = z.object({ score: z.int().check(z.minimum(1), z.maximum(5)), comment: z.optional(Note) });
export const MergeBody = z.object({ intoTicketId: Id });
export const CallbackBody = z.object({ reached: z.boolean(), satisfied: z.optional(z.boolean()), note: z.optional(Note) });
export const ComplaintBody = z.object({ step: z.enum(['respond', 'resolve', 'callback']), note: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)) });

export const Candidate = z
  .object({
    user: z.object({ id: Id, name: z.string() }),
    score: z.number(),
    skilled: z.boolean(),
    onShift: z.boolean(),
    openJobs: z.int(),
    sameBuilding: z.boolean(),
    reasons: z.array(z.object({ en: z.string(), zh: z.string() })),
  })
  .register(z.globalRegistry, { id: 'Candidate' });
export const CandidateList = z.object({ items: z.array(Candidate) });
