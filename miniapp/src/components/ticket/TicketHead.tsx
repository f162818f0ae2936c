import { View, Text } from '@tarojs/components';
import { Image } from '@nutui/nutui-react-taro';
import type { Ticket } from '@contract/tickets';
import { StatusTag, UrgencyTag } from './StatusTag';
import { descriptionOf } from './ticketText';
import { JobLink } from '../jobs/JobLink';
import './TicketHead.scss';

/** Number, urgency, status, the fault in the reporter's words and their photos. */
export function TicketHead({ ticket, children }: { ticket: Ticket; children?: React.ReactNode }) {
  return (
    <View className="card ticket-head" data-testid="ticket-head">
      <View className="ticket-head__row">
        <Text className="ticket-head__number">{ticket.number}</Text>
        <View className="ticket-head__tags">
          <UrgencyTag urgency={ticket.urgency} />
          <StatusTag status={ticket.status} />
        </View>
      </View>
      <View className="ticket-head__desc">{descriptionOf(ticket)}</View>
      <JobLink jobId={ticket.jobId} />
      {ticket.photos?.length ? (
        <View className="ticket-head__photos">
          {ticket.photos.map((p) => (
            <View key={p.key} className="ticket-head__photo">
              <Image src={p.url} width="100%" height="100%" mode="aspectFill" radius={6} />
            </View>
          ))}
        </View>
      ) : null}
      {children}
    </View>
  );
}
