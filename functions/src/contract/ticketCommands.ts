import * as z from 'zod/mini';
import { FreeText, Id, IsoDateTime } from './common';
import { QrCode } from './catalog';
import { IdempotencyKeyValue, PartUsed, PhotoKey } from './tickets';
import { COMPLAINT_STEPS, type TicketCommand } from './lifecycle';
import { FailSpotCheckBody } from './spotChecks';

const Reason = FreeText({ max: 300, multiline: true });
const Note = FreeText({ max: 1000, multiline: true, mayBeEmpty: true });
const RequiredNote = FreeText({ max: 1000, multiline: true });

export const AssignBody = z.object({ technicianId: Id, reason: z.optional(Reason) });
export const ArriveBody = z.object({ qrCode: QrCode });
export const ReasonBody = z.object({ reason: Reason });
export const CompleteBody = z.object({
  note: RequiredNote,
  parts: z._default(z.array(PartUsed).check(z.maxLength(50)), []),
  photoKeys: z._default(z.array(PhotoKey).check(z.maxLength(9)), []),
});
/**
 * What a technician's phone sends with a command it queued without a signal and sends later:
 * when it was made on the phone (the server checks the bounds, domain/tickets/deviceTime.ts,
 * and records it beside its own time), and a key so that a resend after a lost answer is made
 * once and answers the ticket as the first send left it (\`idempotent-replayed: true\`).
 */
export const OfflineCommandHeaders = z.object({
  'idempotency-key': z.optional(IdempotencyKeyValue),
  'device-time': z.optional(IsoDateTime),
});

/**
 * A satisfied confirmation may carry the sign-off (签字确认): the key of a PNG the confirmer
 * uploaded (`POST /v1/uploads` with `purpose: 'signature'`) and who signed, the reporter or a
 * colleague of the department (default: the confirmer's own name). Required when the ticket's
 * category says `signatureRequired`.
 */
export const ConfirmBody = z.object({
  satisfied: z.boolean(),
  note: z.optional(Note),
  signatureKey: z.optional(PhotoKey),
  signerName: z.optional(FreeText({ max: 30 })),
});
export const RateBody = z.object({ score: z.int().check(z.minimum(1), z.maximum(5)), comment: z.optional(Note) });
export const MergeBody = z.object({ intoTicketId: Id });
export const CallbackBody = z.object({ reached: z.boolean(), satisfied: z.optional(z.boolean()), note: z.optional(Note) });
/** `emergency: false` downgrades a guest's emergency to urgent (its deadlines follow). */
export const ConfirmEmergencyBody = z.object({ emergency: z.boolean(), note: z.optional(Note) });
export const ComplaintBody = z.object({ step: z.enum(COMPLAINT_STEPS), note: RequiredNote });

/**
 * The contract of every ticket command: what it says in the API document and the body it takes
 * (none: an empty body). routes.ts makes the routes from this, the mini-program its request
 * types; a command missing here does not compile.
 */
export const TICKET_COMMAND_CONTRACT = {
  assign: { summary: 'Assign or reassign (with a reason) to a technician — desk', body: AssignBody },
  accept: { summary: 'Accept the job — assigned technician', body: undefined, headers: OfflineCommandHeaders },
  arrive: { summary: 'Arrive, proven by scanning the label on site — assigned technician', body: ArriveBody, headers: OfflineCommandHeaders },
  hold: { summary: 'Put on hold with a reason (waiting for parts/vendor); stops the SLA clock', body: ReasonBody, headers: OfflineCommandHeaders },
  resume: { summary: 'Resume work; the SLA clock restarts with the time left', body: undefined, headers: OfflineCommandHeaders },
  complete: { summary: 'Complete with notes, parts and photos — assigned technician', body: CompleteBody, headers: OfflineCommandHeaders },
  confirm: { summary: 'Confirm the repair (or say it is not fixed) — reporter or department', body: ConfirmBody },
  rate: { summary: 'Rate 1–5; 1–2 opens a complaint — reporter', body: RateBody },
  reopen: { summary: 'Reopen within the window; back to the same technician', body: ReasonBody },
  cancel: { summary: 'Cancel: the reporter before acceptance, the desk any time', body: ReasonBody },
  follow: { summary: 'Follow a ticket (same fault reported by someone else)', body: undefined },
  merge: { summary: 'Merge this duplicate into another ticket — desk', body: MergeBody },
  handBack: { summary: 'Hand the job back to the desk (退单) — assigned technician', body: ReasonBody },
  requestTransfer: { summary: 'Ask the desk to transfer the job (转单) — assigned technician', body: ReasonBody },
  grab: { summary: 'Take a pool job (抢单); the first qualified technician wins', body: undefined },
  callback: { summary: 'Record the callback (回访) and close — desk', body: CallbackBody },
  complaint: { summary: 'Record a step of a complaint follow-up — desk', body: ComplaintBody },
  confirmEmergency: { summary: "Confirm a guest's emergency (the emergency chain fires) or downgrade it to urgent — desk", body: ConfirmEmergencyBody },
  failSpotCheck: { summary: "Fail the job's spot check (质检抽查) with a note and photos: back to the same technician — managers", body: FailSpotCheckBody },
} as const satisfies Record<TicketCommand, { summary: string; body: z.ZodMiniType | undefined; headers?: typeof OfflineCommandHeaders }>;

/** The commands a technician may make without a signal (queued on the phone, sent later). */
export const OFFLINE_COMMANDS = ['accept', 'arrive', 'hold', 'resume', 'complete'] as const satisfies readonly TicketCommand[];
export type OfflineCommand = (typeof OFFLINE_COMMANDS)[number];

/** The body a command takes, as the client sends it (undefined: none). */
export type TicketCommandBody<C extends TicketCommand> = (typeof TICKET_COMMAND_CONTRACT)[C]['body'] extends infer S
  ? S extends z.ZodMiniType
    ? z.input<S>
    : undefined
  : never;

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
