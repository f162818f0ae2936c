import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { VendorJob } from '@contract/scorecard';
import { formatTime, t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { SCREENS } from '../../../services/roles';
import { currentUser } from '../../../services/session';
import { vendorScoreApi } from '../../../services/vendorScore';
import { EmptyState } from '../../../components/EmptyState';
import { StatusTag } from '../../../components/ticket/StatusTag';
import { MonthNav } from '../components/MonthNav';
import { monthParam } from '../../../components/vendor/month';
import { VENDOR_SCREENS } from '../../../components/vendor/screens';
import '../../../components/vendor/vendor.scss';

const onTime = (v: boolean | null) => (v === null ? null : t(v ? 'vscore.jobs.onTime' : 'vscore.jobs.late'));

/** One job as the vendor manager lists it: number, place, status, how it went. */
function JobRow({ job }: { job: VendorJob }) {
  const marks = [
    onTime(job.acceptedOnTime) && `${t('vscore.m.acceptOnTimeRate')} ${onTime(job.acceptedOnTime)}`,
    job.reopenCount > 0 && t('vscore.jobs.reopened', { n: job.reopenCount }),
    job.ratingScore !== null && t('vscore.jobs.rating', { score: job.ratingScore }),
    job.complaint && t('vscore.jobs.complaint'),
  ].filter(Boolean);
  return (
    <View className="vscore-job" data-testid="vendor-job" onClick={() => void Taro.navigateTo({ url: SCREENS.ticket(job.id) })}>
      <View>
        <Text className="vscore-job__number">{job.number}</Text> <StatusTag status={job.status} />
      </View>
      <Text>{job.locationPath.slice(-2).join(' · ')}</Text>
      <Text className="muted">
        {formatTime(job.createdAt)}
        {job.assigneeName ? ` · ${job.assigneeName}` : ''}
        {marks.length ? ` · ${marks.join(' · ')}` : ''}
      </Text>
    </View>
  );
}

/** The vendor's jobs of a month, newest first (the vendor manager's list; the hospital's managers reach it from the scorecard). */
export default function VendorJobsPage() {
  const { params } = useRouter();
  const vendorId = params.vendorId ?? currentUser()?.vendorId ?? '';
  const [month, setMonth] = useState(() => monthParam(params.month));
  const [jobs, setJobs] = useState<VendorJob[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signedIn, setSignedIn] = useState(false);

  useDidShow(() => {
    if (ensureSignedIn(VENDOR_SCREENS.jobs(vendorId, month))) setSignedIn(true);
  });
  async function load(from: string | null, list: VendorJob[]) {
    try {
      const page = await vendorScoreApi.jobs(vendorId, month, from ?? undefined);
      setJobs([...list, ...page.items]);
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  useEffect(() => {
    if (!signedIn || !vendorId) return;
    setJobs(null);
    void load(null, []);
  }, [vendorId, month, signedIn]);

  return (
    <View className="page" data-testid="vendor-jobs">
      <MonthNav month={month} onChange={setMonth} />
      {error ? <View className="field-error">{error}</View> : null}
      <View className="card">
        <View className="card-title">{t('vscore.jobs.title')}</View>
        {jobs === null && !error ? <View className="muted">{t('common.loading')}</View> : null}
        {jobs && jobs.length === 0 ? <EmptyState small description={t('vscore.jobs.empty')} /> : null}
        {jobs?.map((job) => <JobRow key={job.id} job={job} />)}
        {cursor ? (
          <Button block fill="outline" onClick={() => void load(cursor, jobs ?? [])}>
            {t('vscore.jobs.more')}
          </Button>
        ) : null}
      </View>
    </View>
  );
}
