import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { Job } from '@contract/jobs';
import { formatTime, pick, t } from '../../i18n';
import { errorMessage } from '../../services/api';
import { ensureSignedIn } from '../../services/auth';
import { jobsApi, jobScreen } from '../../services/jobs';
import { LoadState } from '../../components/LoadState';
import { PageBar } from '../../components/PageBar';
import { useCategoryNames } from '../../components/useCategoryNames';
import { useNow, useServerNow } from '../../components/ticket/Countdown';
import { JobStatusTag } from '../../components/jobs/JobStatusTag';
import { JobPartRow } from '../../components/jobs/JobPartRow';
import './index.scss';

/** A multi-team job (一呼百应): the template's name, the place, and each team's part as its ticket stands. */
export default function JobPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const categoryName = useCategoryNames();
  const serverNow = useServerNow(job?.parts.find((p) => p.timeState)?.timeState?.at, useNow());

  async function load() {
    try {
      setJob(await jobsApi.getJob(id));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  useDidShow(() => {
    if (ensureSignedIn(jobScreen(id))) void load();
  });
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));

  if (!job) return <LoadState error={error} onRetry={() => void load()} />;
  const done = job.parts.filter((p) => p.status === 'completed' || p.status === 'confirmed' || p.status === 'closed').length;
  return (
    <View className="page job" data-testid="job-page">
      <PageBar title={t('jobs.job.title')} />
      <View className="card">
        <View className="job-head">
          <Text className="card-title" data-testid="job-name">{pick(job.name.zh, job.name.en)}</Text>
          <JobStatusTag status={job.status} />
        </View>
        <View className="muted">{t('jobs.job.progress', { done, total: job.parts.length })}</View>
      </View>
      <CellGroup>
        <Cell title={t('jobs.job.place')} extra={job.location.path.join(' › ')} />
        <Cell title={t('jobs.job.starter')} extra={job.starter.name} />
        <Cell title={t('jobs.job.startedAt')} extra={formatTime(job.startedAt)} />
        {job.note ? <Cell title={t('jobs.job.note')} extra={job.note} /> : null}
      </CellGroup>
      <View className="card" data-testid="job-parts">
        <View className="card-title">{t('jobs.job.parts')}</View>
        {job.parts.map((part) => (
          <JobPartRow key={part.index} part={part} categoryName={categoryName(part.categoryCode)} serverNow={serverNow} />
        ))}
      </View>
    </View>
  );
}
