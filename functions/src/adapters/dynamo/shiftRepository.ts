import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ShiftRepository } from '../../domain/ports';
import type { ShiftEntryRecord } from '../../domain/records';
import { SHIFT_DAY_PREFIX, shiftDayEnd, shiftKey, shiftsPk } from './keys';
import { queryAll } from './query';
import { ShiftEntryRecordSchema } from './recordSchemas';

/** Shifts are kept 400 days after their day (a year's rota to look back on), then DynamoDB's TTL removes them. */
const KEEP_SECONDS = 400 * 24 * 3600;

export class DynamoShiftRepository implements ShiftRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** AP-150: the shifts of a hospital from one day to another, one Query on its rota partition. */
  listBetween(hospitalId: string, fromDay: string, toDay: string): Promise<ShiftEntryRecord[]> {
    return queryAll(this.doc, ShiftEntryRecordSchema, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': shiftsPk(hospitalId), ':from': `${SHIFT_DAY_PREFIX}${fromDay}`, ':to': shiftDayEnd(toDay) },
    });
  }

  /** AP-151: the person's shifts of the week (read by AP-150) deleted and the new ones put, in one transaction (≤ 28 items: 14 old, 14 new). */
  async replaceWeek(hospitalId: string, userId: string, week: { fromDay: string; toDay: string }, entries: readonly ShiftEntryRecord[]): Promise<void> {
    const previous = (await this.listBetween(hospitalId, week.fromDay, week.toDay)).filter((e) => e.userId === userId);
    const kept = new Set(entries.map((e) => shiftKey(hospitalId, e.day, userId, e.start).SK));
    const deletes = previous
      .filter((e) => !kept.has(shiftKey(hospitalId, e.day, userId, e.start).SK))
      .map((e) => ({ Delete: { TableName: this.tableName, Key: shiftKey(hospitalId, e.day, userId, e.start) } }));
    const puts = entries.map((e) => ({
      Put: {
        TableName: this.tableName,
        Item: { ...shiftKey(hospitalId, e.day, userId, e.start), entity: 'shift', ...e, ttl: Math.floor(Date.parse(`${e.day}T00:00:00Z`) / 1000) + KEEP_SECONDS },
      },
    }));
    if (deletes.length + puts.length === 0) return;
    await this.doc.send(new TransactWriteCommand({ TransactItems: [...deletes, ...puts] }));
  }
}
