import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { BurstGroup, GroupedAlert } from '../../domain/limits/reportBurst';
import type { LimitCharge } from '../../domain/limits/reportLimits';
import { burstKey, GROUPED_ALERT_OUTBOX_SLOT, outboxKey, reportLimitKey } from './keys';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** AP-60 a report charged to its reporter's window: counted only while under the cap, so a refused report writes nothing. */
export function limitChargeItem(tableName: string, hospitalId: string, charge: LimitCharge): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: reportLimitKey(hospitalId, charge.userId, charge.windowSeconds, charge.startEpoch),
      UpdateExpression: 'ADD #n :one SET #ttl = if_not_exists(#ttl, :ttl), entity = :entity',
      ConditionExpression: 'attribute_not_exists(#n) OR #n < :max',
      ExpressionAttributeNames: { '#n': 'n', '#ttl': 'ttl' },
      ExpressionAttributeValues: { ':one': 1, ':ttl': charge.expiresAtEpoch, ':max': charge.maxReports, ':entity': 'report_limit' },
    },
  };
}

/** AP-61 a report counted in its burst; the first one names the group's lead ticket. */
export function burstCountItem(tableName: string, hospitalId: string, group: BurstGroup, ticketId: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: burstKey(hospitalId, group.locationId, group.categoryCode, group.windowSeconds, group.startEpoch),
      UpdateExpression: 'ADD #n :one SET #ttl = if_not_exists(#ttl, :ttl), firstTicketId = if_not_exists(firstTicketId, :ticket), entity = :entity',
      ExpressionAttributeNames: { '#n': 'n', '#ttl': 'ttl' },
      ExpressionAttributeValues: { ':one': 1, ':ttl': group.expiresAtEpoch, ':ticket': ticketId, ':entity': 'burst' },
    },
  };
}

/**
 * AP-62 the burst's one grouped alert for the desk: an outbox item beside the lead ticket, raised
 * by the report that makes the group and rewritten by each later one (the notifier refreshes the
 * desk's in-app notification on the update; nothing is sent twice).
 */
export function groupedAlertItem(tableName: string, hospitalId: string, alert: GroupedAlert, at: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: outboxKey(hospitalId, alert.leadTicketId, 1, GROUPED_ALERT_OUTBOX_SLOT),
      UpdateExpression:
        'SET entity = :entity, hospitalId = :hospital, ticketId = :ticket, eventSeq = :seq, eventType = :type, createdAt = if_not_exists(createdAt, :at), updatedAt = :at, kind = :kind, userIds = :none, #roles = :desk, onShiftOnly = :false, #group = :group',
      ExpressionAttributeNames: { '#roles': 'roles', '#group': 'group' },
      ExpressionAttributeValues: {
        ':entity': 'outbox',
        ':hospital': hospitalId,
        ':ticket': alert.leadTicketId,
        ':seq': 1,
        ':type': 'submitted',
        ':at': at,
        ':kind': 'reports_grouped',
        ':none': [],
        ':desk': ['dispatcher'],
        ':false': false,
        ':group': { reports: alert.reports, windowMinutes: alert.windowMinutes, locationId: alert.locationId, locationName: alert.locationName, categoryName: alert.categoryName },
      },
    },
  };
}
