import { useState } from 'react';
import './InboxBell.scss';
import { View, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { t } from '../../i18n';
import { platform } from '../../platform';
import { hasRole } from '../../services/roles';
import { askSubscribe, hasNoWeChatLeft, refreshSubscriptions, type SubscribeMoment } from '../../services/subscribe';

/**
 * "你将收不到微信通知" when none of the templates this person is sent has a message left, with a
 * tap that asks WeChat again. In a browser there are no WeChat messages: it says nothing.
 */
export function SubscribeNotice() {
  const [empty, setEmpty] = useState(false);
  const moment: SubscribeMoment = hasRole('technician') ? 'technicianJobs' : 'afterReport';

  async function check() {
    if (!platform.subscribeMessages) return;
    try {
      setEmpty(hasNoWeChatLeft(moment, await refreshSubscriptions()));
    } catch {
      setEmpty(false);
    }
  }

  useDidShow(() => void check());
  if (!platform.subscribeMessages || !empty) return null;
  return (
    <View className="notice-bar" data-testid="subscribe-notice">
      <Text>{t('inbox.noWeChat')}</Text>
      <Text className="link" data-testid="subscribe-on" onClick={() => void askSubscribe(moment).then(check)}>
        {t('inbox.turnOnWeChat')}
      </Text>
    </View>
  );
}
