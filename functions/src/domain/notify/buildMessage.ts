import type { GroupedAlertFacts, OutboxItem } from '../ports';
import type { TicketRecord } from '../records';
import { fitValue, type RawValue } from './messageValues';
import { kindTitle, statusPhrase, urgencyPhrase } from './phrases';
import type { TemplateSpec, ValueSource } from './templates';

/** The words of an item with no ticket behind it (a planned work order, a major incident, a multi-team job): its number, where, what it is about. */
interface OwnWords {
  number: string;
  where: string;
  description: string;
  what: string;
  /** Only a finished multi-team job has a status to show. */
  status?: string;
}

function ownValue(source: ValueSource, item: OutboxItem, words: OwnWords): RawValue | null {
  switch (source) {
    case 'ticketNumber':
      return words.number;
    case 'location':
      return words.where;
    case 'description':
      return words.description;
    case 'what':
      return words.what;
    case 'eventTime':
    case 'reportedTime':
      return new Date(item.createdAt);
    case 'status':
      return words.status ?? null;
    case 'urgency':
      return null;
  }
}

/** A planned work order's words: its number, where, its plan; a major incident's: its number, places, title, grade; a multi-team job's: its name and place. */
function ownWords(item: OutboxItem): OwnWords | null {
  const { workOrder: order, incident, job } = item;
  if (order) return { number: order.number, where: order.where, description: order.planName, what: kindTitle[item.kind] };
  if (incident) return { number: incident.number, where: incident.where, description: incident.title, what: `${incident.grade}级 ${kindTitle[item.kind]}` };
  if (job) return { number: item.ticketId, where: job.where, description: job.name, what: kindTitle[item.kind], status: '已完成' };
  return null;
}

function sourceValue(source: ValueSource, item: OutboxItem, ticket: TicketRecord | null): RawValue | null {
  const own = ownWords(item);
  if (own) return ownValue(source, item, own);
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
  if (item.incident) return { title, body: `${item.incident.number} ${item.incident.grade}级 ${item.incident.title} · ${item.incident.where}`.slice(0, 200) };
  if (item.job) return { title, body: `${item.job.name} · ${item.job.where}`.slice(0, 200) };
  if (!ticket) return { title, body: item.ticketId };
  return { title, body: `${ticket.number} ${ticket.locationName} ${ticket.description}`.slice(0, 200) };
}

/** "B5-0201 重症监护室 A区 · 电力：10 分钟内 5 条报修" */
export function groupedAlertText(group: GroupedAlertFacts): string {
  return `${group.locationId} ${group.locationName} · ${group.categoryName}：${group.windowMinutes} 分钟内 ${group.reports} 条报修`;
}
