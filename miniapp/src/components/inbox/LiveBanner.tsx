import { View, Text } from '@tarojs/components';
import { t } from '../../i18n';
import './InboxBell.scss';

/** The banner of something that arrived while the screen was open (a new job); a tap opens it. */
export function LiveBanner({ text, onOpen, testId }: { text: string; onOpen: () => void; testId: string }) {
  return (
    <View className="notice-bar notice-bar--live" data-testid={testId} onClick={onOpen}>
      <Text>{text}</Text>
      <Text className="link">{t('inbox.openJob')} ›</Text>
    </View>
  );
}
