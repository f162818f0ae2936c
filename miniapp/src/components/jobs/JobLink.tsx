import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { t } from '../../i18n';
import { jobScreen } from '../../services/jobs';

/** On a part ticket's page (the reporter's, the desk's, the technician's): "属于协同任务 · 查看协同任务". */
export function JobLink({ jobId }: { jobId: string | null | undefined }) {
  if (!jobId) return null;
  return (
    <View className="ticket-head__job" data-testid="job-link" onClick={() => void Taro.navigateTo({ url: jobScreen(jobId) })}>
      <Text className="muted">{t('jobs.partOf')} · </Text>
      <Text className="link">{t('jobs.viewJob')} ›</Text>
    </View>
  );
}
