import { randomUUID } from 'node:crypto';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { unreadCountKey } from '../../functions/src/adapters/dynamo/keys';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { DynamoNotificationRepository } from '../../functions/src/adapters/dynamo/notificationRepository';
import { PageCursors } from '../../functions/src/adapters/dynamo/pageCursor';
import type { InAppNotification } from '../../functions/src/domain/ports';
import { stackEnv } from '../support/env';

const doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
const inbox = new DynamoNotificationRepository(doc, stackEnv('TABLE_NAME'), PageCursors.ofThisProcess());
afterAll(() => doc.destroy());

/** Each test its own hospital and user: the counter is theirs alone. */
function reader() {
  const hospitalId = `unread-${randomUUID()}`;
  const notification = (n: number): InAppNotification => ({
    hospitalId,
    userId: 'nurse',
    id: `0000000000000-T1-${n}-0`,
    kind: 'ticket_accepted',
    ticketId: 'T1',
    ticketNumber: 'BX20261123-0001',
    title: '已接单',
    body: '赵师傅已接单',
    createdAt: '2026-11-23T08:00:00.000Z',
    readAt: null,
  });
  return { hospitalId, notification, count: () => inbox.countUnread(hospitalId, 'nurse') };
}

describe('the unread count', () => {
  it('counts a notification once, however often the stream delivers it', async () => {
    const { notification, count } = reader();
    await inbox.putInApp(notification(1));
    await inbox.putInApp(notification(1));
    await inbox.putInApp(notification(2));
    expect(await count()).toBe(2);
  });

  it('takes off only the notifications this call marked read, and never goes below zero', async () => {
    const { hospitalId, notification, count } = reader();
    await Promise.all([1, 2, 3].map((n) => inbox.putInApp(notification(n))));
    // One of them twice, one that does not exist: only the two unread ones count off.
    await inbox.markRead(hospitalId, 'nurse', [notification(1).id, notification(1).id, notification(2).id, 'no-such-id'], '2026-11-23T09:00:00.000Z');
    expect(await count()).toBe(1);
    await inbox.markRead(hospitalId, 'nurse', [notification(1).id], '2026-11-23T09:01:00.000Z');
    expect(await count()).toBe(1);
    await inbox.markRead(hospitalId, 'nurse', 'all', '2026-11-23T09:02:00.000Z');
    expect(await count()).toBe(0);
  });

  it('is zero for a user who has notifications from before the counter, once they are read', async () => {
    const { hospitalId, notification, count } = reader();
    await inbox.putInApp(notification(1));
    // The counter item lost (as for notifications written before it existed): marking read clamps at zero.
    await doc.send(new DeleteCommand({ TableName: stackEnv('TABLE_NAME'), Key: unreadCountKey(hospitalId, 'nurse') }));
    await inbox.markRead(hospitalId, 'nurse', 'all', '2026-11-23T09:00:00.000Z');
    expect(await count()).toBe(0);
    expect((await inbox.listInApp(hospitalId, 'nurse', { limit: 5 })).items.map((n) => n.readAt)).toEqual(['2026-11-23T09:00:00.000Z']);
  });
});
