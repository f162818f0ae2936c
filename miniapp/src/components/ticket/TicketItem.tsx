import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import type { TicketPublicSummary } from '@contract/tickets';
import { formatTime } from '../../i18n';
import { StatusTag, UrgencyTag } from './StatusTag';
import { descriptionOf } from './ticketText';
import './TicketItem.scss';

interface Props {
  ticket: TicketPublicSummary;
  categoryName?: string;
  onOpen: (id: string) => void;
  /** Shown on the right instead of the time (e.g. "查看并关注"). */
  action?: string;
  /** Shown on the right of the foot instead of the time (a live countdown). */
  extra?: ReactNode;
  /** Below the item (a grab button). */
  children?: ReactNode;
}

export function TicketItem({ ticket, categoryName, onOpen, action, extra, children }: Props) {
  return (
    <View className="ticket-item" data-testid="ticket-item" onClick={() => onOpen(ticket.id)}>
      <View className="ticket-item__head">
        <Text className="ticket-item__number">{ticket.number}</Text>
        <View className="ticket-item__tags">
          <UrgencyTag urgency={ticket.urgency} />
          <StatusTag status={ticket.status} />
        </View>
      </View>
      <View className="ticket-item__desc">
        {categoryName ? <Text className="ticket-item__cat">{categoryName}</Text> : null}
        {descriptionOf(ticket)}
      </View>
      <View className="ticket-item__foot">
        <Text className="ticket-item__place">{ticket.location.path.slice(-2).join(' · ')}</Text>
        {extra ?? <Text className={action ? 'ticket-item__action' : ''}>{action ?? formatTime(ticket.createdAt)}</Text>}
      </View>
      {children}
    </View>
  );
}
