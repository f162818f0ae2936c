import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ScorecardMeasureName } from '../../contract/spotChecks';
import { ConflictError } from '../../domain/errors';
import type { NotificationIntent } from '../../domain/notifications';
import type { TicketRecord } from '../../domain/records';
import type { TicketChange } from '../../domain/tickets/transition';
import type { SpotCheckRepository } from '../../domain/vendors/spotCheckPort';
import type { DisputeRecord, SpotCheckRecord } from '../../domain/vendors/records';
import { parseItem } from './items';
import { DISPUTE_OUTBOX_SEQ, disputeKey, disputeMonthPrefix, ofVendor, outboxKey, spotCheckKey, spotCheckMonthPrefix, spotDrawKey, vendorPk } from './keys';
import { queryAll, queryAllItems } from './query';
import { DisputeRecordSchema, SpotCheckRecordSchema } from './spotCheckSchemas';
import { TicketRecordSchema } from './recordSchemas';
import { ticketChangeItems } from './ticketRepository';
import { cancellationReasons } from './transactions';

/** A month of one vendor's tickets is read whole; past this it is refused rather than read without end. */
export const MAX_VENDOR_TICKETS_PER_MONTH = 5000;

const STILL_PENDING = { ConditionExpression: '#status = :pending', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':pending': 'pending' } };
const STILL_OPEN = { ConditionExpression: '#status = :open', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':open': 'open' } };
const NOT_THERE_YET = { ConditionExpression: 'attribute_not_exists(PK)' };

const recordedAlready = (cause: unknown) => new ConflictError('This was recorded a moment ago by someone else; reload', '刚被他人处理，请刷新', { cause });

export class DynamoSpotCheckRepository implements SpotCheckRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** AP-340 */
  listSpotChecks(hospitalId: string, vendorId: string, month: string): Promise<SpotCheckRecord[]> {
    return queryAll(this.doc, SpotCheckRecordSchema, this.monthOf(hospitalId, vendorId, spotCheckMonthPrefix(month)));
  }

  /** AP-341 */
  async getSpotCheck(hospitalId: string, vendorId: string, month: string, id: string): Promise<SpotCheckRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: spotCheckKey(hospitalId, vendorId, month, id), ConsistentRead: true }));
    return out.Item ? parseItem(SpotCheckRecordSchema, out.Item) : null;
  }

  /** AP-342 GSI7 `H#<hid>#VENDOR#<vendorId>`, GSI7SK from the month's first instant up to the next month's. */
  async listVendorTickets(hospitalId: string, vendorId: string, fromIso: string, untilIso: string): Promise<TicketRecord[]> {
    const items = await queryAllItems(this.doc, {
      TableName: this.tableName,
      IndexName: 'GSI7',
      KeyConditionExpression: 'GSI7PK = :pk AND GSI7SK BETWEEN :from AND :until',
      ExpressionAttributeValues: { ':pk': ofVendor(hospitalId, vendorId), ':from': fromIso, ':until': untilIso },
    });
    if (items.length > MAX_VENDOR_TICKETS_PER_MONTH) {
      throw new ConflictError(
        `The vendor has more than ${MAX_VENDOR_TICKETS_PER_MONTH} jobs in this month: too many to sample here`,
        `该单位当月工单超过 ${MAX_VENDOR_TICKETS_PER_MONTH} 单，无法在此抽查`,
      );
    }
    // The upper bound is the next month's first instant: a ticket created exactly then sorts after it ("…Z#<id>" > "…Z"), so it is left out.
    return items.map((i) => parseItem(TicketRecordSchema, i));
  }

  /** AP-343 */
  async putDraw(hospitalId: string, vendorId: string, month: string, drawId: string, checks: readonly SpotCheckRecord[]): Promise<'written' | 'replayed'> {
    const marker = { ...spotDrawKey(hospitalId, vendorId, month, drawId), entity: 'spotDraw', hospitalId, vendorId, month, drawId, jobs: checks.length };
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: marker, ...NOT_THERE_YET } },
            ...checks.map((c) => ({ Put: { TableName: this.tableName, Item: this.spotCheckItem(c), ...NOT_THERE_YET } })),
          ],
        }),
      );
      return 'written';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons?.conditionFailed(0)) return 'replayed';
      if (reasons?.anyConditionFailed) {
        throw new ConflictError('Another draw took some of these jobs a moment ago; draw again', '部分工单刚被另一次抽查抽中，请重新抽查', { cause: error });
      }
      throw error;
    }
  }

  /** AP-344 */
  async recordPass(check: SpotCheckRecord): Promise<void> {
    try {
      await this.doc.send(new PutCommand({ TableName: this.tableName, Item: this.spotCheckItem(check), ...STILL_PENDING }));
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') throw recordedAlready(error);
      throw error;
    }
  }

  /** AP-345 */
  async recordFail(check: SpotCheckRecord, change: TicketChange): Promise<void> {
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [{ Put: { TableName: this.tableName, Item: this.spotCheckItem(check), ...STILL_PENDING } }, ...ticketChangeItems(this.tableName, change)],
        }),
      );
    } catch (error) {
      if (cancellationReasons(error)?.anyConditionFailed) throw recordedAlready(error);
      throw error;
    }
  }

  /** AP-346 */
  listDisputes(hospitalId: string, vendorId: string, month: string): Promise<DisputeRecord[]> {
    return queryAll(this.doc, DisputeRecordSchema, this.monthOf(hospitalId, vendorId, disputeMonthPrefix(month)));
  }

  /** AP-347 */
  async getDispute(hospitalId: string, vendorId: string, month: string, id: string): Promise<DisputeRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: disputeKey(hospitalId, vendorId, month, id), ConsistentRead: true }));
    return out.Item ? parseItem(DisputeRecordSchema, out.Item) : null;
  }

  /** AP-348 */
  async raiseDispute(dispute: DisputeRecord, notification: NotificationIntent): Promise<void> {
    await this.writeDispute(dispute, notification, 0, NOT_THERE_YET, () => new ConflictError('This count is disputed already', '该工单的这一项已申诉过'));
  }

  /** AP-349 */
  async decideDispute(dispute: DisputeRecord, notification: NotificationIntent): Promise<void> {
    await this.writeDispute(dispute, notification, 1, STILL_OPEN, (cause) => new ConflictError('This dispute has been decided already', '该申诉已处理，不能重复处理', { cause }));
  }

  private async writeDispute(dispute: DisputeRecord, notification: NotificationIntent, phase: 0 | 1, condition: object, refusal: (cause: unknown) => Error): Promise<void> {
    const slot = 2 * ScorecardMeasureName.options.indexOf(dispute.measure) + phase;
    const at = phase === 0 ? dispute.raisedAt : (dispute.decidedAt ?? dispute.raisedAt);
    const outbox = {
      ...outboxKey(dispute.hospitalId, dispute.ticketId, DISPUTE_OUTBOX_SEQ, slot),
      entity: 'outbox',
      hospitalId: dispute.hospitalId,
      ticketId: dispute.ticketId,
      disputeId: dispute.id,
      eventSeq: DISPUTE_OUTBOX_SEQ,
      eventType: phase === 0 ? 'dispute_raised' : 'dispute_decided',
      createdAt: at,
      ...notification,
    };
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: { ...disputeKey(dispute.hospitalId, dispute.vendorId, dispute.month, dispute.id), entity: 'dispute', ...dispute }, ...condition } },
            // A decision is made once, so its slot is written once; a raise's slot likewise.
            { Put: { TableName: this.tableName, Item: outbox, ...NOT_THERE_YET } },
          ],
        }),
      );
    } catch (error) {
      if (cancellationReasons(error)?.anyConditionFailed) throw refusal(error);
      throw error;
    }
  }

  private monthOf(hospitalId: string, vendorId: string, prefix: string) {
    return {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': vendorPk(hospitalId, vendorId), ':prefix': prefix },
      ConsistentRead: true,
    };
  }

  private spotCheckItem(check: SpotCheckRecord) {
    return { ...spotCheckKey(check.hospitalId, check.vendorId, check.month, check.id), entity: 'spotCheck', ...check };
  }
}
