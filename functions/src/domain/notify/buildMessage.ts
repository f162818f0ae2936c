import type { GroupedAlertFacts, JobFacts, OutboxItem, WorkOrderFacts } from '../ports';
import type { TicketRecord } from '../records';
import { fitValue, type RawValue } from './messageValues';
import { kindTitle, statusPhrase, urgencyPhrase } from './phrases';
import type { TemplateSpec, ValueSource } from './templates';

/** A planned work order's values: its number, where, its plan; "when" is the closing day. */
function workOrderValue(source: ValueSource, item: OutboxItem, order: WorkOrderFacts): RawValue | null {
  switch (source) {
    case 'ticketNumber':
      return order.number;
    case 'location':
      return order.where;
    case 'description':
      return order.planName;
    case 'what':
      return kindTitle[item.kind];
    case 'eventTime':
    case 'reportedTime':
      return new Date(item.createdAt);
    case 'status':
    case 'urgency':
      return null;
  }
}

/** A multi-team job's values: its id, place and name; done is its status. */
function jobValue(source: ValueSource, item: OutboxItem, job: JobFacts): RawValue | null {
  switch (source) {
    case 'ticketNumber':
      return item.ticketId;
    case 'location':
      return job.where;
    case 'description':
      return job.name;
    case 'status':
      return '已完成';
    case 'what':
      return kindTitle[item.kind];
    case 'eventTime':
    case 'reportedTime':
      return new Date(item.createdAt);
    case 'urgency':
      return null;
  }
}

function sourceValue(source: ValueSource, item: OutboxItem, ticket: TicketRecord | null): RawValue | null {
  if (item.workOrder) return workOrderValue(source, item, item.workOrder);
  if (item.job) return jobValue(source, item, item.job);
  switch (source) {
    case 'ticketNumber':
      return ticket?.number ?? item.ticketId;
    case 'location':
      return ticket ? ticket.locationName || ticket.locationPath.join(' ') : null;
    case 'description':
      return ticket?.description ?? null;
    case 'status':
      return ticket ? statusPhrase[ticket.status] : null;
    case 'urgency':
      return ticket ? urgencyPhrase[ticket.urgency] : null;
    case 'what':
      return kindTitle[item.kind];
    case 'eventTime':
      return new Date(item.createdAt);
    case 'reportedTime':
      return new Date(ticket?.createdAt ?? item.createdAt);
  }
}

/**
 * The data of one subscribe message, every value fitted to its keyword's rule. null when a
 * value cannot be made valid (WeChat would refuse the whole message with 47003).
 */
export function buildTemplateData(spec: TemplateSpec, item: OutboxItem, ticket: TicketRecord | null, timezone: string): Record<string, string> | null {
  const data: Record<string, string> = {};
  for (const [key, source] of Object.entries(spec.data)) {
    const raw = sourceValue(source, item, ticket);
    const value = raw === null ? null : fitValue(key, raw, timezone);
    if (value === null) return null;
    data[key] = value;
  }
  return data;
}

/** The in-app text: the same event as the WeChat message, for users without a subscription. */
export function inAppText(item: OutboxItem, ticket: TicketRecord | null): { title: string; body: string } {
  const title = kindTitle[item.kind];
  if (item.group) return { title, body: groupedAlertText(item.group) };
  if (item.workOrder) return { title, body: `${item.workOrder.number} ${item.workOrder.planName} · ${item.workOrder.where} · 截止 ${item.workOrder.closesOn}`.slice(0, 200) };
  if (item.job) return { title, body: `${item.job.name} · ${item.job.where}`.slice(0, 200) };
  if (!ticket) return { title, body: item.ticketId };
  return { title, body: `${ticket.number} ${ticket.locationName} ${ticket.description}`.slice(0, 200) };
}

/** "B5-0201 重症监护室 A区 · 电力：10 分钟内 5 条报修" */
export function groupedAlertText(group: GroupedAlertFacts): string {
  return `${group.locationId} ${group.locationName} · ${group.categoryName}：${group.windowMinutes} 分钟内 ${group.reports} 条报修`;
}
