import { View } from '@tarojs/components';
import { Notice } from '@nutui/icons-react-taro';
import Taro from '@tarojs/taro';
import { t } from '../../i18n';
import { SCREENS } from '../../services/roles';
import { a11y } from '../a11y';
import './InboxBell.scss';

/** The bell on a home screen: the unread count; a tap opens the inbox. */
export function InboxBell({ unread }: { unread: number }) {
  const label = unread > 0 ? t('inbox.bellUnread', { n: unread }) : t('inbox.title');
  return (
    // A button with its name (an aria-label on a plain View is prohibited), reachable by keyboard.
    <View className="inbox-bell" data-testid="inbox-bell" {...a11y({ role: 'button', label, focusable: true })} onClick={() => void Taro.navigateTo({ url: SCREENS.inbox })}>
      <Notice size={22} color="#323233" />
      {unread > 0 ? (
        <View className="inbox-bell__count" data-testid="inbox-bell-count">
          {unread > 99 ? '99+' : unread}
        </View>
      ) : null}
    </View>
  );
}
