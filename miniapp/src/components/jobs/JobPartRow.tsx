import { View, Text } from '@tarojs/components';
import type { Job } from '@contract/jobs';
import { pick, t } from '../../i18n';
import { StatusTag } from '../ticket/StatusTag';
import { Countdown } from '../ticket/Countdown';

type Part = Job['parts'][number];

/** One team's part of a job: its category and task, technician, status and clock, as its ticket shows them. */
export function JobPartRow({ part, categoryName, serverNow }: { part: Part; categoryName: string; serverNow: number }) {
  return (
    <View className="job-part" data-testid="job-part">
      <View className="job-part__head">
        <Text className="job-part__cat">{categoryName}</Text>
        {part.status ? <StatusTag status={part.status} /> : <Text className="muted">{t('jobs.job.notOpened')}</Text>}
      </View>
      <View className="muted">{pick(part.description.zh, part.description.en)}</View>
      <View className="job-part__foot">
        <Text>{part.ticketNumber ?? ''}</Text>
        <Text data-testid="job-part-assignee">{part.assignee?.name ?? t('jobs.job.unassigned')}</Text>
        {part.timeState && part.timeState.state !== 'none' ? <Countdown state={part.timeState} serverNow={serverNow} /> : null}
      </View>
    </View>
  );
}
