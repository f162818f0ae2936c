import * as z from 'zod/mini';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ScorecardMeasure } from '../../contract/vendors';
import type { TicketRecord } from '../../domain/records';
import type { DisputeRecord, SpotCheckRecord } from '../../domain/vendors/records';
import type { MonthInstants, ScorecardReads, VendorMonthTickets } from '../../domain/vendors/scorecardPort';
import { parseItem } from './items';
import { disputeMonthPrefix, ofVendor, spotCheckMonthPrefix, vendorPk } from './keys';
import type { PageCursors } from './pageCursor';
import { queryPage, queryPages } from './pagination';
import { queryAll } from './query';
import { TicketRecordSchema } from './recordSchemas';

/** Ticket items are a few KB: pages of 500 keep a month of 5,000 to ~10 round trips. */
const TICKETS_PAGE_ITEMS = 500;

const text = z.string();
const optionalText = z.nullable(z.string());

/** VSPOT's spot-check item as the scorecard reads it (loose: VSPOT's own fields pass through). */
const SpotCheckSchema: z.ZodMiniType<SpotCheckRecord> = z.looseObject({
  hospitalId: text, id: text, vendorId: text, drawId: text, month: text, ticketId: text, ticketNumber: text,
  drawnAt: text, drawnById: text, status: z.enum(['pending', 'passed', 'failed']),
  inspectedAt: optionalText, inspectedById: optionalText, note: optionalText, photoKeys: z.array(text),
});

/** VSPOT's dispute item as the scorecard reads it. */
const DisputeSchema: z.ZodMiniType<DisputeRecord> = z.looseObject({
  hospitalId: text, id: text, vendorId: text, month: text, ticketId: text, ticketNumber: text, measure: ScorecardMeasure,
  reason: text, raisedAt: text, raisedById: text, status: z.enum(['open', 'accepted', 'rejected']),
  decidedAt: optionalText, decidedById: optionalText, decisionReason: optionalText,
});

/** The vendor scorecard's reads (AP-320..323). */
export class DynamoScorecardReads implements ScorecardReads {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly cursors: PageCursors,
  ) {}

  /** GSI7 `H#<hid>#VENDOR#<vendorId>`, SK between the month's first instant and the next month's (`<createdAt>#<id>` sorts inside). */
  private monthQuery(hospitalId: string, vendorId: string, month: MonthInstants) {
    return {
      TableName: this.tableName,
      IndexName: 'GSI7',
      KeyConditionExpression: 'GSI7PK = :pk AND GSI7SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': ofVendor(hospitalId, vendorId), ':from': month.startsAt, ':to': month.endsAt },
    };
  }

  /** AP-320: page after page, stopping at limit + 1 (the caller refuses the month then). */
  async listMonthTickets(hospitalId: string, vendorId: string, month: MonthInstants, limit: number): Promise<VendorMonthTickets> {
    const tickets: TicketRecord[] = [];
    for await (const out of queryPages(this.doc, { ...this.monthQuery(hospitalId, vendorId, month), Limit: TICKETS_PAGE_ITEMS })) {
      tickets.push(...(out.Items ?? []).map((i) => parseItem(TicketRecordSchema, i)));
      if (tickets.length > limit) return { tickets: tickets.slice(0, limit), overLimit: true };
    }
    return { tickets, overLimit: false };
  }

  /** AP-321: the same range newest first, one signed-cursor page. */
  async pageMonthTickets(hospitalId: string, vendorId: string, month: MonthInstants, page: { limit: number; cursor?: string | undefined }) {
    const { items, nextCursor } = await queryPage(this.doc, { ...this.monthQuery(hospitalId, vendorId, month), ScanIndexForward: false }, page, this.cursors);
    return { tickets: items.map((i) => parseItem(TicketRecordSchema, i)), nextCursor };
  }

  /** AP-322: base table `H#<hid>#VENDOR#<vendorId>` / begins_with `SPOT#<month>#`. */
  listSpotChecks(hospitalId: string, vendorId: string, month: string): Promise<SpotCheckRecord[]> {
    return this.ofMonth(SpotCheckSchema, hospitalId, vendorId, spotCheckMonthPrefix(month));
  }

  /** AP-323: base table `H#<hid>#VENDOR#<vendorId>` / begins_with `DISPUTE#<month>#`. */
  listDisputes(hospitalId: string, vendorId: string, month: string): Promise<DisputeRecord[]> {
    return this.ofMonth(DisputeSchema, hospitalId, vendorId, disputeMonthPrefix(month));
  }

  private ofMonth<T>(schema: z.ZodMiniType<T>, hospitalId: string, vendorId: string, prefix: string): Promise<T[]> {
    return queryAll(this.doc, schema, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': vendorPk(hospitalId, vendorId), ':prefix': prefix },
    });
  }
}
