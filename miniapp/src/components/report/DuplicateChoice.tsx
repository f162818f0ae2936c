import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { TicketStatus } from '@contract/enums';
import type { QrLookup } from '@contract/tickets';
import { t } from '../../i18n';
import { TicketItem } from '../ticket/TicketItem';
import { StatusTag } from '../ticket/StatusTag';
import './DuplicateChoice.scss';

export interface PossibleDuplicate {
  id: string;
  number: string;
  status: string;
}

interface Props {
  duplicate: PossibleDuplicate;
  /** What the label's lookup knows of the open tickets there (the text, the place), to show more than a number. */
  openHere: QrLookup['openTickets'];
  categoryName: (code: string) => string;
  busy: boolean;
  onFollow: (id: string) => void;
  onAnotherFault: () => void;
}

/**
 * The server's "possible duplicate" answer as a choice: follow the open ticket (nothing new is
 * reported), or say this is another fault and report it anyway (`notADuplicate`).
 */
export function DuplicateChoice({ duplicate, openHere, categoryName, busy, onFollow, onAnotherFault }: Props) {
  const known = openHere.find((x) => x.id === duplicate.id);
  // A guest may not follow someone else's ticket: the lookup said so; an unknown one may be tried.
  const mayFollow = known ? known.mayOpen : true;
  return (
    <View className="card duplicate-choice" data-testid="duplicate-choice" role="alert">
      <View className="card-title">{t('duplicate.title')}</View>
      <View className="muted">{t('duplicate.hint')}</View>
      {known ? (
        <TicketItem ticket={known} categoryName={categoryName(known.categoryCode)} onOpen={() => undefined} />
      ) : (
        <View className="duplicate-choice__number">
          <Text>{duplicate.number}</Text> <StatusTag status={duplicate.status as TicketStatus} />
        </View>
      )}
      <View className="action-bar duplicate-choice__actions">
        {mayFollow ? (
          <Button type="primary" disabled={busy} onClick={() => onFollow(duplicate.id)} data-testid="duplicate-follow">
            {t('duplicate.follow')}
          </Button>
        ) : null}
        <Button fill="outline" loading={busy} disabled={busy} onClick={onAnotherFault} data-testid="duplicate-another">
          {t('duplicate.another')}
        </Button>
      </View>
    </View>
  );
}
