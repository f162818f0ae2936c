import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { UserListFilters } from '../../domain/ports';
import type { Page, PageRequest, UserRecord } from '../../domain/records';
import { parseItem } from './items';
import { SK_PREFIX, hospitalPk, userKey } from './keys';
import type { PageCursors } from './pageCursor';
import { UserRecordSchema } from './recordSchemas';

/** Items DynamoDB evaluates per read, and reads per request: a page never costs more than 1,000 items read. */
const READ_BATCH = 100;
const MAX_READS = 10;

/** The filter expression of the people screen's search, run by DynamoDB on the hospital's users. */
function filterOf(filters: UserListFilters): { expression: string; names: Record<string, string>; values: Record<string, unknown> } {
  const names: Record<string, string> = { '#kind': 'kind' };
  const values: Record<string, unknown> = { ':staff': 'staff' };
  // Guests (WeChat accounts not linked to a staff record) share the partition but are not staff.
  const parts = ['(attribute_not_exists(#kind) OR #kind = :staff)'];
  if (filters.role) {
    names['#roles'] = 'roles';
    values[':role'] = filters.role;
    parts.push('contains(#roles, :role)');
  }
  if (filters.team) {
    names['#team'] = 'team';
    values[':team'] = filters.team;
    parts.push('#team = :team');
  }
  if (filters.department) {
    names['#department'] = 'department';
    values[':department'] = filters.department;
    parts.push('#department = :department');
  }
  if (filters.linked !== undefined) {
    names['#openid'] = 'openid';
    values[':string'] = 'S';
    parts.push(filters.linked ? 'attribute_type(#openid, :string)' : 'NOT attribute_type(#openid, :string)');
  }
  if (filters.retired !== undefined) {
    names['#retired'] = 'retired';
    values[':true'] = true;
    parts.push(filters.retired ? '#retired = :true' : '(attribute_not_exists(#retired) OR #retired <> :true)');
  }
  if (filters.vendorId) {
    names['#vendorId'] = 'vendorId';
    values[':vendorId'] = filters.vendorId;
    parts.push('#vendorId = :vendorId');
  }
  if (filters.text) {
    Object.assign(names, { '#name': 'name', '#phone': 'phone', '#id': 'id' });
    values[':q'] = filters.text;
    parts.push('(contains(#name, :q) OR contains(#phone, :q) OR contains(#id, :q))');
  }
  return { expression: parts.join(' AND '), names, values };
}

/**
 * AP-27: a page of a hospital's staff matching the filters. One partition, read in bounded
 * batches until the page is full or the read budget is spent (then the page may be short, with a
 * cursor to go on). The cursor is the key of the last user looked at.
 */
export async function pageUsers(doc: DynamoDBDocumentClient, tableName: string, hospitalId: string, filters: UserListFilters, page: PageRequest, cursors: PageCursors): Promise<Page<UserRecord>> {
  const pk = hospitalPk(hospitalId);
  const filter = filterOf(filters);
  const items: UserRecord[] = [];
  const input = {
    TableName: tableName,
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    FilterExpression: filter.expression,
    ExpressionAttributeNames: filter.names,
    ExpressionAttributeValues: { ':pk': pk, ':prefix': SK_PREFIX.user, ...filter.values },
    Limit: READ_BATCH,
  };
  // The cursor is signed and bound to this hospital's listing (pageCursor.ts): a forged or foreign one is 400.
  let start: Record<string, unknown> | undefined = cursors.decode(page.cursor, input);
  for (let read = 0; read < MAX_READS; read++) {
    const out = await doc.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    for (const item of out.Items ?? []) {
      items.push(parseItem(UserRecordSchema, item));
      if (items.length === page.limit) {
        const last = items[items.length - 1]!;
        const more = item !== out.Items?.[out.Items.length - 1] || out.LastEvaluatedKey !== undefined;
        return { items, nextCursor: more ? cursors.encode(userKey(hospitalId, last.id), input) : null };
      }
    }
    start = out.LastEvaluatedKey;
    if (!start) return { items, nextCursor: null };
  }
  return { items, nextCursor: cursors.encode(start, input) };
}
