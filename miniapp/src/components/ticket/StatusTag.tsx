import { Tag } from '@nutui/nutui-react-taro';
import type { TicketStatus, Urgency } from '@contract/enums';
import { t } from '../../i18n';

// Waiting on the desk: orange; someone working on it: blue/green; finished: grey — each dark enough for white text (4.5:1).
const STATUS_COLOR: Record<TicketStatus, string> = {
  submitted: '#b35300',
  assigned: '#0958d9',
  accepted: '#0958d9',
  on_site: '#067a3d',
  on_hold: '#595959',
  completed: '#067a3d',
  confirmed: '#595959',
  closed: '#595959',
  cancelled: '#737373',
};

export function StatusTag({ status }: { status: TicketStatus }) {
  return (
    <Tag plain round background={STATUS_COLOR[status]} className="status-tag" data-testid="status-tag">
      {t(`status.${status}`)}
    </Tag>
  );
}

export const URGENCY_COLOR: Record<Urgency, string> = { normal: '#067a3d', urgent: '#b35300', emergency: '#cf1322' };

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  if (urgency === 'normal') return null;
  return (
    <Tag round background={URGENCY_COLOR[urgency]} className="urgency-tag">
      {t(`urgency.${urgency}`)}
    </Tag>
  );
}
