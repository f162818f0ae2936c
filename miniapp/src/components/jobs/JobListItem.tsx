import { View, Text } from '@tarojs/components';
import type { TicketSummary } from '@contract/tickets';
import { formatTime, pick, t } from '../../i18n';
import { JobStatusTag } from './JobStatusTag';
import '../ticket/TicketItem.scss';

type JobLine = TicketSummary & { job: NonNullable<TicketSummary['job']> };

/** A multi-team job in its starter's list: one line, its parts' progress ("2/3 已完成"). */
export function JobListItem({ line, onOpen }: { line: JobLine; onOpen: (jobId: string) => void }) {
  const { job } = line;
  return (
    <View className="ticket-item" data-testid="job-item" onClick={() => onOpen(job.id)}>
      <View className="ticket-item__head">
        <Text className="ticket-item__number">{t('jobs.job.title')}</Text>
        <View className="ticket-item__tags">
          <JobStatusTag status={job.status} />
        </View>
      </View>
      <View className="ticket-item__desc">
        <Text className="ticket-item__cat">{pick(job.name.zh, job.name.en)}</Text>
        <Text data-testid="job-item-progress">{t('jobs.job.progress', { done: job.partsDone, total: job.partsTotal })}</Text>
      </View>
      <View className="ticket-item__foot">
        <Text className="ticket-item__place">{line.location.path.slice(-2).join(' · ')}</Text>
        <Text>{formatTime(line.createdAt)}</Text>
      </View>
    </View>
  );
}

export const isJobLine = (line: TicketSummary): line is JobLine => line.job !== undefined;
