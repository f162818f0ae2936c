/**
 * Every key of the single table is built here, by named functions (see infra/access-patterns.md).
 * The hospital id leads every partition key, so hospitals are isolated by construction.
 */
export const hospitalPk = (hospitalId: string) => `H#${hospitalId}`;
/** Sort-key prefixes of the reference data in a hospital's partition. */
export const SK_PREFIX = { category: 'CAT#', location: 'LOC#', asset: 'ASSET#', qrCode: 'QR#', user: 'USER#', handover: 'HANDOVER#' } as const;

export const hospitalKey = (hospitalId: string) => ({ PK: hospitalPk(hospitalId), SK: 'HOSPITAL' });
export const categoryKey = (hospitalId: string, code: string) => ({ PK: hospitalPk(hospitalId), SK: `CAT#${code}` });
export const locationKey = (hospitalId: string, id: string) => ({ PK: hospitalPk(hospitalId), SK: `LOC#${id}` });
export const assetKey = (hospitalId: string, id: string) => ({ PK: hospitalPk(hospitalId), SK: `ASSET#${id}` });
export const qrCodeKey = (hospitalId: string, code: string) => ({ PK: hospitalPk(hospitalId), SK: `QR#${code}` });
export const userKey = (hospitalId: string, id: string) => ({ PK: hospitalPk(hospitalId), SK: `${SK_PREFIX.user}${id}` });
/** A guest's scan of a label (AP-70): one item per guest × label, expiring. */
export const labelScanKey = (hospitalId: string, userId: string, code: string) => ({ PK: hospitalPk(hospitalId), SK: `SCAN#${userId}#${code}` });
export const dailyCounterKey = (hospitalId: string, day: string) => ({ PK: hospitalPk(hospitalId), SK: `SEQ#TICKET#${day}` });
export const idempotencyKey = (hospitalId: string, userId: string, key: string) => ({
  PK: hospitalPk(hospitalId),
  SK: `IDEM#${userId}#${key}`,
});

export const ASSET_AT_LOCATION_PREFIX = 'A#';

/** A ticket and its events share one partition: one Query reads the ticket with its timeline. */
export const ticketPk = (hospitalId: string, ticketId: string) => `H#${hospitalId}#T#${ticketId}`;
export const ticketKey = (hospitalId: string, ticketId: string) => ({ PK: ticketPk(hospitalId, ticketId), SK: 'TICKET' });
/** The hospital and ticket of a ticket partition key (the SLA index holds keys only). */
export function parseTicketPk(pk: string): { hospitalId: string; ticketId: string } {
  const match = /^H#(.+)#T#([^#]+)$/.exec(pk);
  if (!match) throw new Error(`Not a ticket key: ${pk}`);
  return { hospitalId: match[1]!, ticketId: match[2]! };
}
export const ticketEventKey = (hospitalId: string, ticketId: string, seq: number) => ({
  PK: ticketPk(hospitalId, ticketId),
  SK: `EV#${String(seq).padStart(8, '0')}`,
});
export const TICKET_EVENT_PREFIX = 'EV#';

/** GSI keys of a ticket. Open tickets sort before closed ones where an index holds both. */
export const byReporter = (hospitalId: string, userId: string) => `H#${hospitalId}#REPORTER#${userId}`;
/** GSI7: a vendor's tickets (issue 16), sorted `<createdAt>#<ticketId>`: a month is one key range. */
export const ofVendor = (hospitalId: string, vendorId: string) => `H#${hospitalId}#VENDOR#${vendorId}`;
export const byAssignee = (hospitalId: string, userId: string) => `H#${hospitalId}#ASSIGNEE#${userId}`;
export const deskIndex = (hospitalId: string) => `H#${hospitalId}#DESK`;
export const QUEUE_PREFIX = 'Q#';
export const CALLBACK_PREFIX = 'CB#';
/** Confirmed or closed tickets whose complaint has a step still to record, oldest complaint first. */
export const COMPLAINT_PREFIX = 'CP#';
export const atLocation = (hospitalId: string, locationId: string) => `H#${hospitalId}#LOC#${locationId}`;
export const ofAsset = (hospitalId: string, assetId: string) => `H#${hospitalId}#ASSET#${assetId}`;
/** Any ticket in an index (open and closed alike); open ones sort under T#O#, closed ones under T#C#. */
export const ANY_TICKET_PREFIX = 'T#';
export const OPEN_TICKET_PREFIX = 'T#O#';
export const CLOSED_TICKET_PREFIX = 'T#C#';
export const ticketSortKey = (open: boolean, createdAt: string, ticketId: string) =>
  `${open ? OPEN_TICKET_PREFIX : CLOSED_TICKET_PREFIX}${createdAt}#${ticketId}`;
/** GSI1 (tickets by reporter): newest first by creation time. */
export const reporterSortKey = (createdAt: string, ticketId: string) => `${createdAt}#${ticketId}`;
export const assetAtLocationSortKey = (assetId: string) => `${ASSET_AT_LOCATION_PREFIX}${assetId}`;

/** Pending SLA deadlines of every hospital, spread over shards so one hot key never throttles. */
export const SLA_SHARDS = 8;
export const slaShard = (n: number) => `SLA#${n}`;
export const outboxKey = (hospitalId: string, ticketId: string, seq: number, n: number) => ({
  PK: ticketPk(hospitalId, ticketId),
  SK: `OUT#${String(seq).padStart(8, '0')}#${n}`,
});
export const handoverKey = (hospitalId: string, at: string, id: string) => ({ PK: hospitalPk(hospitalId), SK: `${SK_PREFIX.handover}${at}#${id}` });

/** Notifications: a user's in-app inbox (newest first by id), subscribe quotas, WeChat deliveries, dead letters. */
export const inboxPk = (hospitalId: string, userId: string) => `H#${hospitalId}#INBOX#${userId}`;
export const INBOX_PREFIX = 'N#';
export const inboxKey = (hospitalId: string, userId: string, id: string) => ({ PK: inboxPk(hospitalId, userId), SK: `${INBOX_PREFIX}${id}` });
/** The user's unread count, beside the inbox (not under N#, so listing the inbox never sees it). */
export const unreadCountKey = (hospitalId: string, userId: string) => ({ PK: inboxPk(hospitalId, userId), SK: 'UNREAD' });
export const QUOTA_PREFIX = 'SUBQ#';
export const quotaKey = (hospitalId: string, userId: string, templateId: string) => ({ PK: hospitalPk(hospitalId), SK: `${QUOTA_PREFIX}${userId}#${templateId}` });
/** One per outbox item and recipient, beside the outbox item in the ticket's partition. */
export const deliveryKey = (hospitalId: string, ticketId: string, outboxId: string, userId: string) => ({
  PK: ticketPk(hospitalId, ticketId),
  SK: `DLV#${outboxId}#${userId}`,
});
export const DEAD_LETTER_PREFIX = 'DEADLETTER#';
export const deadLetterKey = (hospitalId: string, at: string, id: string) => ({ PK: hospitalPk(hospitalId), SK: `${DEAD_LETTER_PREFIX}${at}#${id}` });
/** A dead letter being retried, in the redrive's index (GSI4, beside the SLA shards): every hospital's, by when it is due next. */
export const REDRIVE_INDEX_PK = 'REDRIVE';
export const redriveIndexKeys = (nextAttemptAt: string, hospitalId: string, id: string) => ({ GSI4PK: REDRIVE_INDEX_PK, GSI4SK: `${nextAttemptAt}#${hospitalId}#${id}` });
/** The hospital, time and id of a dead letter's key (the redrive's index holds keys only). */
export function parseDeadLetterKey(pk: string, sk: string): { hospitalId: string; at: string; id: string } {
  const match = /^H#([^#]+)$/.exec(pk);
  const rest = sk.startsWith(DEAD_LETTER_PREFIX) ? sk.slice(DEAD_LETTER_PREFIX.length) : null;
  const split = rest?.indexOf('#') ?? -1;
  if (!match || !rest || split < 0) throw new Error(`Not a dead letter key: ${pk} ${sk}`);
  return { hospitalId: match[1]!, at: rest.slice(0, split), id: rest.slice(split + 1) };
}
/** outbox id `<seq>-<n>` → the outbox item's key. */
export function outboxKeyOf(hospitalId: string, ticketId: string, outboxId: string) {
  const match = /^(\d+)-(\d+)$/.exec(outboxId);
  if (!match) throw new Error(`Not an outbox id: ${outboxId}`);
  return outboxKey(hospitalId, ticketId, Number(match[1]), Number(match[2]));
}
/** The WeChat access token shared by every instance of the deployment. */
export const wechatTokenKey = (appId: string) => ({ PK: `WECHAT#${appId}`, SK: 'ACCESS_TOKEN' });
/** outbox SK `OUT#<seq>#<n>` → outbox id `<seq>-<n>`. */
export const outboxIdOf = (sk: string) => sk.replace(/^OUT#/, '').replace('#', '-');

/**
 * Aggregates (dashboards and reports): one partition per hospital and dimension kind, one item
 * per reported day and dimension value, so a period of one kind is one Query (AP-40).
 */
export const aggregatePk = (hospitalId: string, kind: string) => `H#${hospitalId}#AGG#${kind}`;
export const AGGREGATE_DAY_PREFIX = 'DAY#';
export const aggregateKey = (hospitalId: string, kind: string, day: string, value: string) => ({
  PK: aggregatePk(hospitalId, kind),
  SK: `${AGGREGATE_DAY_PREFIX}${day}#${value}`,
});
/**
 * Beside the aggregates, written in the same transaction: the workbook's ticket sheet, one
 * partition per hospital and reported month, one item per ticket sorted by day then ticket id
 * (ULIDs: report order) (AP-43); and the devices' open faults, one partition per hospital (AP-42).
 */
export const ticketSheetPk = (hospitalId: string, month: string) => `H#${hospitalId}#TICKETSHEET#${month}`;
export const ticketSheetKey = (hospitalId: string, day: string, ticketId: string) => ({
  PK: ticketSheetPk(hospitalId, day.slice(0, 7)),
  SK: `${AGGREGATE_DAY_PREFIX}${day}#${ticketId}`,
});
export const openFaultPk = (hospitalId: string) => `H#${hospitalId}#OPENFAULT`;
export const openFaultKey = (hospitalId: string, assetId: string, ticketId: string) => ({ PK: openFaultPk(hospitalId), SK: `A#${assetId}#${ticketId}` });
/** Marks one ticket version as applied to the aggregates (beside the ticket; expires after the stream's retention). */
export const aggregateDoneKey = (hospitalId: string, ticketId: string, version: number) => ({
  PK: ticketPk(hospitalId, ticketId),
  SK: `AGGDONE#${String(version).padStart(8, '0')}`,
});
/** The latest reconcile run of a hospital's aggregates (AP-73). */
export const reconcileRunKey = (hospitalId: string) => ({ PK: hospitalPk(hospitalId), SK: 'RECONCILE#LATEST' });
/** The outbox slot of an alert the aggregator raises about a ticket (after the lifecycle's own slots of that event). */
export const AGGREGATOR_OUTBOX_SLOT = 90;

/**
 * A WeChat account (openid) and the hospitals it signs in to: one link item per hospital, in the
 * openid's own partition, so a sign-in without a scanned label finds them with one Query (AP-24)
 * and a sign-in at a label reads its hospital's with one GetItem (AP-08). Not led by a hospital:
 * the item holds only ids of that openid's own users.
 */
export const openidLinksPk = (openid: string) => `OPENID#${openid}`;
export const openidLinkKey = (openid: string, hospitalId: string) => ({ PK: openidLinksPk(openid), SK: hospitalPk(hospitalId) });
/** A one-time invite code to link a staff record (AP-25): found by the code alone, as the invitee has no hospital yet. */
export const inviteKey = (code: string) => ({ PK: `INVITE#${code}`, SK: 'INVITE' });
/** The staff record's current invite code, beside the user (AP-26): issuing a new one revokes it. */
export const userInviteKey = (hospitalId: string, userId: string) => ({ PK: hospitalPk(hospitalId), SK: `INVITEOF#${userId}` });
/** A desk PC's sign-in-by-scan request: its own partition, since no hospital is known until a staff member confirms it (TTL 2 min). */
export const pcLoginKey = (requestId: string) => ({ PK: `PCLOGIN#${requestId}`, SK: 'REQUEST' });
/** A reporter's count in one fixed window of a report limit (TTL after the window). */
export const reportLimitKey = (hospitalId: string, userId: string, windowSeconds: number, startEpoch: number) => ({
  PK: hospitalPk(hospitalId),
  SK: `LIMIT#${userId}#${windowSeconds}s#${startEpoch}`,
});
/** The reports of one category at one room in one fixed window (TTL after the window): what groups the desk's alerts. */
export const burstKey = (hospitalId: string, locationId: string, categoryCode: string, windowSeconds: number, startEpoch: number) => ({
  PK: hospitalPk(hospitalId),
  SK: `BURST#${locationId}#${categoryCode}#${windowSeconds}s#${startEpoch}`,
});
/** The outbox slot of a burst's grouped alert, beside the group's first ticket (first event, after the report's own slots). */
export const GROUPED_ALERT_OUTBOX_SLOT = 80;

/**
 * The desk's ticket search (AP-56): one item per token of a ticket (its number, the phones on it,
 * the reporter's and caller's names) in the hospital's search partition, sorted by token then
 * time, so "tickets of this phone, newest first" or "numbers starting BX2026" is one Query.
 */
export const searchPk = (hospitalId: string) => `H#${hospitalId}#SEARCH`;
export const SEARCH_KIND_PREFIX = { number: 'NO#', phone: 'PH#', name: 'NM#' } as const;
export const searchTokenPrefix = (kind: keyof typeof SEARCH_KIND_PREFIX, value: string) => `${SEARCH_KIND_PREFIX[kind]}${value}`;
export const searchTokenKey = (hospitalId: string, kind: keyof typeof SEARCH_KIND_PREFIX, value: string, createdAt: string, ticketId: string) => ({
  PK: searchPk(hospitalId),
  SK: `${searchTokenPrefix(kind, value)}#${createdAt}#${ticketId}`,
});

/**
 * The admin audit trail: each entry twice, in the changed record's own partition (AP-141) and in
 * the hospital's audit list (AP-142), both sorted by time then ULID, read newest first.
 */
export const auditRecordPk = (hospitalId: string, kind: string, recordId: string) => `H#${hospitalId}#AUDIT#${kind}#${recordId}`;
export const auditListPk = (hospitalId: string) => `H#${hospitalId}#AUDIT`;
export const auditSortKey = (at: string, id: string) => `${at}#${id}`;
// The shift rota (AP-150, AP-151): one partition per hospital, sorted by day, so a week or "yesterday and today" is one range.
export const shiftsPk = (hospitalId: string) => `H#${hospitalId}#SHIFTS`;
export const SHIFT_DAY_PREFIX = 'DAY#';
export const shiftKey = (hospitalId: string, day: string, userId: string, start: string) => ({
  PK: shiftsPk(hospitalId),
  SK: `${SHIFT_DAY_PREFIX}${day}#USER#${userId}#${start}`,
});
/** The last sort key of a day's shifts ('~' sorts after every id character). */
export const shiftDayEnd = (day: string) => `${SHIFT_DAY_PREFIX}${day}#~`;

/*
 * Planned work (issue 15, part GEN; AP-200..219). A plan lives in its hospital's partition; a
 * work order has its own partition (with its events and outbox items), like a ticket.
 */
export const PLAN_PREFIX = 'PLAN#';
export const planKey = (hospitalId: string, planId: string) => ({ PK: hospitalPk(hospitalId), SK: `${PLAN_PREFIX}${planId}` });
/** Active calendar plans of every hospital by when their next order is made (GSI4, sparse, keys only), over shards. */
export const PLAN_DUE_SHARDS = 8;
export const planDueShard = (n: number) => `PLANDUE#${n}`;
/** A plan's shard: a stable hash of its id, so the plan's index entry never moves between shards. */
export function planDueShardOf(planId: string): number {
  let hash = 0;
  for (const ch of planId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % PLAN_DUE_SHARDS;
}
export const planDueIndexKeys = (hospitalId: string, planId: string, generateAt: string) => ({
  GSI4PK: planDueShard(planDueShardOf(planId)),
  GSI4SK: `${generateAt}#${hospitalId}#${planId}`,
});
/** The hospital and plan of a plan-due index entry's keys (the index holds keys only). */
export function parsePlanKey(pk: string, sk: string): { hospitalId: string; planId: string } {
  const hospital = /^H#([^#]+)$/.exec(pk);
  if (!hospital || !sk.startsWith(PLAN_PREFIX)) throw new Error(`Not a plan key: ${pk} ${sk}`);
  return { hospitalId: hospital[1]!, planId: sk.slice(PLAN_PREFIX.length) };
}
/** A meter plan's link from its asset: a reading finds the plans of its asset and meter with one Query. */
export const meterPlanPrefix = (assetId: string, meter: string) => `METERPLAN#${assetId}#${meter}#`;
export const meterPlanKey = (hospitalId: string, assetId: string, meter: string, planId: string) => ({
  PK: hospitalPk(hospitalId),
  SK: `${meterPlanPrefix(assetId, meter)}${planId}`,
});
/** GSI1 of an asset: the hospital's devices of one type (an assetType plan's orders read them with one Query, AP-204). */
export const assetsOfType = (hospitalId: string, assetType: string) => `H#${hospitalId}#ASSETTYPE#${assetType}`;
export const assetOfTypeSortKey = (assetId: string) => `A#${assetId}`;
export const workOrderPk = (hospitalId: string, workOrderId: string) => `H#${hospitalId}#WO#${workOrderId}`;
export const workOrderKey = (hospitalId: string, workOrderId: string) => ({ PK: workOrderPk(hospitalId, workOrderId), SK: 'WO' });
export const workOrderEventKey = (hospitalId: string, workOrderId: string, seq: number) => ({
  PK: workOrderPk(hospitalId, workOrderId),
  SK: `EV#${String(seq).padStart(8, '0')}`,
});
export const workOrderOutboxKey = (hospitalId: string, workOrderId: string, seq: number, n: number) => ({
  PK: workOrderPk(hospitalId, workOrderId),
  SK: `OUT#${String(seq).padStart(8, '0')}#${n}`,
});
/** The hospital and order of a work order partition key (the SLA index holds keys only). */
export function parseWorkOrderPk(pk: string): { hospitalId: string; workOrderId: string } {
  const match = /^H#(.+)#WO#([^#]+)$/.exec(pk);
  if (!match) throw new Error(`Not a work order key: ${pk}`);
  return { hospitalId: match[1]!, workOrderId: match[2]! };
}
/** GSI2 of a work order, beside the assignee's tickets (T#…): open ones by closing day, done ones by completion. */
export const OPEN_WORK_ORDER_PREFIX = 'W#O#';
export const DONE_WORK_ORDER_PREFIX = 'W#C#';
export const openWorkOrderSortKey = (closesOn: string, workOrderId: string) => `${OPEN_WORK_ORDER_PREFIX}${closesOn}#${workOrderId}`;
export const doneWorkOrderSortKey = (completedAt: string, workOrderId: string) => `${DONE_WORK_ORDER_PREFIX}${completedAt}#${workOrderId}`;
/** GSI1 of a work order: the hospital's planned work of one month (of the due day), by due day. */
export const plannedMonthPk = (hospitalId: string, month: string) => `H#${hospitalId}#PLANNED#${month}`;
export const plannedMonthSortKey = (dueOn: string, workOrderId: string) => `${dueOn}#${workOrderId}`;
/** Work order numbers of one hospital day: PM20261201-0007. */
export const workOrderCounterKey = (hospitalId: string, day: string) => ({ PK: hospitalPk(hospitalId), SK: `SEQ#WO#${day}` });

/*
 * Planned work, part RUN (AP-220..239): the SLA deadline index (GSI4 SLA#) holds tickets and,
 * since issue 15, open work orders; each reader keeps its own.
 */
export const isWorkOrderPk = (pk: string): boolean => /^H#.+#WO#[^#]+$/.test(pk);

/*
 * Vendors, part VORG (issue 16; AP-300..319). A vendor's register entry lives in its hospital's
 * partition beside categories and plans: the register is one Query, read at every report.
 */
export const VENDOR_PREFIX = 'VENDOR#';
export const vendorKey = (hospitalId: string, vendorId: string) => ({ PK: hospitalPk(hospitalId), SK: `${VENDOR_PREFIX}${vendorId}` });

/*
 * Vendor scorecard, part VSCORE (AP-320..339): reads only. A vendor's month of tickets is GSI7
 * `ofVendor` between the month's instants; its spot checks and disputes are VSPOT's items below, by month prefix.
 */

/*
 * Issue 16, part VSPOT (AP-340..359): spot checks and disputes in their vendor's partition (the
 * same string as GSI7's vendor partition, on the base table: different index, no clash). The
 * scorecard (VSCORE) reads a month of each with begins_with on these prefixes.
 */
export const vendorPk = ofVendor;
export const spotCheckMonthPrefix = (month: string) => `SPOT#${month}#`;
export const spotCheckKey = (hospitalId: string, vendorId: string, month: string, spotId: string) => ({
  PK: vendorPk(hospitalId, vendorId),
  SK: `${spotCheckMonthPrefix(month)}${spotId}`,
});
/** A draw's marker (not under SPOT#<month>#, so a month's checks never include it): its request key taken once. */
export const spotDrawKey = (hospitalId: string, vendorId: string, month: string, drawId: string) => ({
  PK: vendorPk(hospitalId, vendorId),
  SK: `SPOTDRAW#${month}#${drawId}`,
});
export const disputeMonthPrefix = (month: string) => `DISPUTE#${month}#`;
export const disputeKey = (hospitalId: string, vendorId: string, month: string, disputeId: string) => ({
  PK: vendorPk(hospitalId, vendorId),
  SK: `${disputeMonthPrefix(month)}${disputeId}`,
});
/**
 * A dispute's notifications are outbox items of its ticket (the notifier reads the ticket's words),
 * under event seq 0, which no ticket event has: slot 2·(measure index) for the raise, +1 for the decision.
 */
export const DISPUTE_OUTBOX_SEQ = 0;

/*
 * Major incidents, part INC (AP-360..379): an incident, its events, outbox and ticket links share
 * one partition; while open, a marker in the hospital partition (the one Query a report makes);
 * once closed, GSI1 by the month of its closing; while a clock is pending, the SLA deadline index.
 */
export const incidentPk = (hospitalId: string, incidentId: string) => `H#${hospitalId}#INC#${incidentId}`;
export const incidentKey = (hospitalId: string, incidentId: string) => ({ PK: incidentPk(hospitalId, incidentId), SK: 'INC' });
export const incidentEventKey = (hospitalId: string, incidentId: string, seq: number) => ({ PK: incidentPk(hospitalId, incidentId), SK: `EV#${String(seq).padStart(8, '0')}` });
export const incidentOutboxKey = (hospitalId: string, incidentId: string, seq: number, n: number) => ({ PK: incidentPk(hospitalId, incidentId), SK: `OUT#${String(seq).padStart(8, '0')}#${n}` });
export const INCIDENT_LINK_PREFIX = 'LINK#';
export const incidentLinkKey = (hospitalId: string, incidentId: string, ticketId: string) => ({ PK: incidentPk(hospitalId, incidentId), SK: `${INCIDENT_LINK_PREFIX}${ticketId}` });
export const OPEN_INCIDENT_PREFIX = 'OPENINC#';
export const openIncidentKey = (hospitalId: string, incidentId: string) => ({ PK: hospitalPk(hospitalId), SK: `${OPEN_INCIDENT_PREFIX}${incidentId}` });
export const incidentMonthPk = (hospitalId: string, month: string) => `H#${hospitalId}#INCIDENTS#${month}`;
export const incidentMonthSortKey = (declaredAt: string, incidentId: string) => `${declaredAt}#${incidentId}`;
export const incidentCounterKey = (hospitalId: string, day: string) => ({ PK: hospitalPk(hospitalId), SK: `SEQ#INC#${day}` });
export const incidentSettingsKey = (hospitalId: string) => ({ PK: hospitalPk(hospitalId), SK: 'INCSETTINGS' });
export const isIncidentPk = (pk: string): boolean => /^H#.+#INC#[^#]+$/.test(pk);
/** The hospital and incident of an incident partition key (the deadline index holds keys only). */
export function parseIncidentPk(pk: string): { hospitalId: string; incidentId: string } {
  const match = /^H#(.+)#INC#([^#]+)$/.exec(pk);
  if (!match) throw new Error(`Not an incident key: ${pk}`);
  return { hospitalId: match[1]!, incidentId: match[2]! };
}
/** Which deadline shard an incident's watch goes to (spread like tickets'). */
export function incidentShardOf(incidentId: string): number {
  let sum = 0;
  for (const ch of incidentId) sum = (sum + ch.charCodeAt(0)) % SLA_SHARDS;
  return sum;
}

/*
 * Multi-team jobs, part JOBS of issue 16 (AP-380..399). A template: H#<hid> / JOBTPL#<id>. A job:
 * H#<hid>#JOB#<jobId> / JOB, carrying the reporter-index keys (its starter's list shows it as one
 * line); its part tickets' GSI1 is the job's parts index instead of the reporter's; its outbox
 * (job_done) beside it. A starter's key: its own item, naming the job it started.
 */
export const JOB_TEMPLATE_PREFIX = 'JOBTPL#';
export const jobTemplateKey = (hospitalId: string, templateId: string) => ({ PK: hospitalPk(hospitalId), SK: `${JOB_TEMPLATE_PREFIX}${templateId}` });
export const jobPk = (hospitalId: string, jobId: string) => `H#${hospitalId}#JOB#${jobId}`;
export const jobKey = (hospitalId: string, jobId: string) => ({ PK: jobPk(hospitalId, jobId), SK: 'JOB' });
export const jobStartKey = (hospitalId: string, starterId: string, idempotencyKey: string) => ({ PK: `H#${hospitalId}#JOBKEY#${starterId}#${idempotencyKey}`, SK: 'JOBKEY' });
/** GSI1 of a part ticket: the job's parts, in the template's order. */
export const jobParts = jobPk;
export const JOB_PART_PREFIX = 'P#';
export const jobPartSortKey = (index: number, ticketId: string) => `${JOB_PART_PREFIX}${String(index).padStart(2, '0')}#${ticketId}`;
export const jobOutboxKey = (hospitalId: string, jobId: string, version: number, n: number) => ({ PK: jobPk(hospitalId, jobId), SK: `OUT#${String(version).padStart(8, '0')}#${n}` });
