import { randomUUID } from 'node:crypto';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { DynamoNotificationRepository } from '../../functions/src/adapters/dynamo/notificationRepository';
import { PageCursors } from '../../functions/src/adapters/dynamo/pageCursor';
import type { DeliveryRecord } from '../../functions/src/domain/ports';
import { stackEnv } from '../support/env';

const doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
const repo = new DynamoNotificationRepository(doc, stackEnv('TABLE_NAME'), PageCursors.ofThisProcess());
afterAll(() => doc.destroy());

const TEMPLATE = 'TMPL_TICKET_ASSIGNED';

describe('subscriptions in DynamoDB', () => {
  const hospitalId = `subs-${randomUUID()}`;
  const delivery = (n: number): DeliveryRecord => ({ hospitalId, ticketId: 'T1', outboxId: `0000000${n}-0`, userId: 'tech', templateId: TEMPLATE, status: 'sending', at: '2026-12-01T08:00:00.000Z' });

  it('lets a long-term accept allow every message, until WeChat says the user turned it off', async () => {
    expect(await repo.grantLongTerm(hospitalId, 'tech', [TEMPLATE])).toEqual([{ templateId: TEMPLATE, remaining: 0, longTerm: true }]);
    expect(await repo.reserveDelivery(delivery(1), { longTerm: true })).toBe('reserved');
    expect(await repo.reserveDelivery(delivery(2), { longTerm: true })).toBe('reserved');
    expect(await repo.reserveDelivery(delivery(2), { longTerm: true })).toBe('exists');
    await repo.zeroQuota(hospitalId, 'tech', TEMPLATE);
    expect(await repo.listQuotas(hospitalId, 'tech')).toEqual([{ templateId: TEMPLATE, remaining: 0, longTerm: false }]);
    expect(await repo.reserveDelivery(delivery(3), { longTerm: true })).toBe('no_quota');
  });

  it('still counts one-time accepts one message each', async () => {
    expect(await repo.addQuota(hospitalId, 'nurse', [TEMPLATE])).toEqual([{ templateId: TEMPLATE, remaining: 1, longTerm: false }]);
    const nurseDelivery = (n: number): DeliveryRecord => ({ ...delivery(n), userId: 'nurse' });
    expect(await repo.reserveDelivery(nurseDelivery(1))).toBe('reserved');
    expect(await repo.reserveDelivery(nurseDelivery(2))).toBe('no_quota');
  });
});
