import { Tag } from '@nutui/nutui-react-taro';
import type { TicketStatus, Urgency } from '@contract/enums';
import { t } from '../../i18n';

// Waiting on the desk: orange; someone working on it: blue/green; finished: grey.
const STATUS_COLOR: Record<TicketStatus, string> = {
  submitted: '#fa8c16',
  assigned: '#1677ff',
  accepted: '#1677ff',
  on_site: '#07c160',
  on_hold: '#8c8c8c',
  completed: '#07c160',
  confirmed: '#8c8c8c',
  closed: '#8c8c8c',
  cancelled: '#bfbfbf',
};

export function StatusTag({ status }: { status: TicketStatus }) {
  return (
    <Tag plain round background={STATUS_COLOR[status]} className="status-tag" data-testid="status-tag">
      {t(`status.${status}`)}
    </Tag>
  );
}

export const URGENCY_COLOR: Record<Urgency, string> = { normal: '#07c160', urgent: '#fa8c16', emergency: '#f5222d' };

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  if (urgency === 'normal') return null;
  return (
    <Tag round background={URGENCY_COLOR[urgency]} className="urgency-tag">
      {t(`urgency.${urgency}`)}
    </Tag>
  );
}
