import { useState } from 'react';
import './InboxBell.scss';
import { View, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { t } from '../../i18n';
import { platform } from '../../platform';
import { api } from '../../services/api';
import { hasRole } from '../../services/roles';
import { askSubscribe, SUBSCRIBE_MOMENTS, type SubscribeMoment } from '../../services/subscribe';

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
      // An empty answer records nothing and returns the quotas left.
      const { quotas } = await api.recordSubscriptions({});
      const wanted: readonly string[] = SUBSCRIBE_MOMENTS[moment];
      setEmpty(!quotas.some((q) => wanted.includes(q.templateId) && q.remaining > 0));
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
