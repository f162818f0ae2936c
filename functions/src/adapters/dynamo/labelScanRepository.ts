import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LabelScanRepository } from '../../domain/ports';
import type { LabelScanRecord } from '../../domain/records';
import { parseItem } from './items';
import { labelScanKey } from './keys';
import { LabelScanRecordSchema } from './recordSchemas';

const epochSeconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

/** The labels guests scanned: one item per guest × label, overwritten by a new scan, gone by TTL. */
export class DynamoLabelScanRepository implements LabelScanRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** AP-70 remember a guest's scan of a label (PutItem: a new scan moves the expiry on). */
  async recordScan(scan: LabelScanRecord): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...labelScanKey(scan.hospitalId, scan.userId, scan.code), entity: 'labelScan', ...scan, ttl: epochSeconds(scan.expiresAt) },
      }),
    );
  }

  /** AP-71 a guest's scan of one label, by its exact key. */
  async getScan(hospitalId: string, userId: string, code: string): Promise<LabelScanRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: labelScanKey(hospitalId, userId, code) }));
    return out.Item ? parseItem(LabelScanRecordSchema, out.Item) : null;
  }
}
