import { useRef, useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { TicketSummary } from '@contract/tickets';
import { commandLabel, t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { SCREENS, isVendorStaff } from '../../../services/roles';
import { useCategoryNames } from '../../../components/useCategoryNames';
import { TicketItem } from '../../../components/ticket/TicketItem';
import { Countdown, useNow, useServerNow } from '../../../components/ticket/Countdown';
import { byTimeState, countBreached } from '../../../components/ticket/countdown';
import { EmptyState } from '../../../components/EmptyState';
import { toast } from '../../../components/toast';
import { InboxBell } from '../../../components/inbox/InboxBell';
import { useLiveInbox } from '../../../components/inbox/useLiveInbox';
import { LiveBanner } from '../../../components/inbox/LiveBanner';
import { SubscribeNotice } from '../../../components/inbox/SubscribeNotice';
import { NEW_JOB_KINDS } from '../../../services/liveInbox';
import type { InboxItem } from '../../../services/inbox';
import { PlannedList, usePlannedWork } from '../../../components/tech/PlannedList';
import './index.scss';

type Tab = 'mine' | 'pool' | 'planned';

/** The technician's day: my jobs, the most pressing deadline first; the pool of jobs to grab (抢单); planned work (计划工作). */
export default function TechJobsPage() {
  const [tab, setTab] = useState<Tab>('mine');
  const [mine, setMine] = useState<TicketSummary[] | null>(null);
  const [pool, setPool] = useState<TicketSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [grabbing, setGrabbing] = useState<string | null>(null);
  const loading = useRef(false);
  const planned = usePlannedWork();
  const now = useNow();
  const categoryName = useCategoryNames();
  const [newJobs, setNewJobs] = useState<InboxItem[]>([]);
  // A job assigned or offered while the list is open: shown within one poll, with a banner.
  const { unread } = useLiveInbox((news) => {
    const jobs = news.filter((n) => NEW_JOB_KINDS.includes(n.kind));
    if (!jobs.length) return;
    setNewJobs((before) => [...jobs, ...before]);
    void load();
  });

  async function load() {
    if (loading.current) return;
    loading.current = true;
    try {
      const [a, p] = await Promise.all([api.listAllTickets({ scope: 'assigned' }), api.listAllTickets({ scope: 'pool' })]);
      setMine([...a].sort(byTimeState));
      setPool([...p].sort(byTimeState));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      loading.current = false;
    }
  }

  useDidShow(() => {
    if (!ensureSignedIn(SCREENS.techJobs)) return;
    void load();
    // A vendor's technician runs no planned work of the hospital's (issue 16).
    if (!isVendorStaff()) void planned.load();
  });
  usePullDownRefresh(() => {
    void Promise.all([load(), isVendorStaff() ? null : planned.load()]).finally(() => Taro.stopPullDownRefresh());
  });

  async function grab(id: string) {
    setGrabbing(id);
    try {
      await api.command(id, 'grab');
      toast(t('tech.grabbed'));
      void Taro.navigateTo({ url: SCREENS.techJob(id) });
      void load();
    } catch (err) {
      // Someone was faster (409): the job leaves the pool.
      toast(errorMessage(err));
      void load();
    } finally {
      setGrabbing(null);
    }
  }

  const open = (id: string) => void Taro.navigateTo({ url: SCREENS.techJob(id) });
  const list = tab === 'mine' ? mine : tab === 'pool' ? pool : null;
  const serverNow = useServerNow(list?.[0]?.timeState.at, now);
  const overdue = mine ? countBreached(mine, serverNow) : 0;

  return (
    <View className="page tech-jobs">
      <View className="tech-jobs__top">
        <InboxBell unread={unread} />
      </View>
      <SubscribeNotice />
      {newJobs.length ? (
        <LiveBanner
          testId="new-job-banner"
          text={newJobs.length === 1 ? t('inbox.newJob', { number: newJobs[0]!.ticketNumber ?? '' }) : t('inbox.newJobs', { n: newJobs.length })}
          onOpen={() => {
            const first = newJobs[0]!;
            setNewJobs([]);
            open(first.ticketId);
          }}
        />
      ) : null}
      <View className="segmented" data-testid="tech-tabs">
        <View className={`segmented__item ${tab === 'mine' ? 'segmented__item--active' : ''}`} data-testid="tab-mine" onClick={() => setTab('mine')}>
          {t('tech.mine')}
          {mine?.length ? <View className="segmented__count">{mine.length}</View> : null}
        </View>
        <View className={`segmented__item ${tab === 'pool' ? 'segmented__item--active' : ''}`} data-testid="tab-pool" onClick={() => setTab('pool')}>
          {t('tech.pool')}
          {pool?.length ? <View className="segmented__count segmented__count--pool">{pool.length}</View> : null}
        </View>
        {isVendorStaff() ? null : (
          <View className={`segmented__item ${tab === 'planned' ? 'segmented__item--active' : ''}`} data-testid="tab-planned" onClick={() => setTab('planned')}>
            {t('planned.tab')}
            {planned.orders?.length ? <View className="segmented__count segmented__count--pool">{planned.orders.length}</View> : null}
          </View>
        )}
      </View>
      {tab === 'planned' ? <PlannedList orders={planned.orders} error={planned.error} onOpen={(id) => void Taro.navigateTo({ url: SCREENS.techWorkOrder(id) })} /> : null}
      {tab === 'mine' && overdue > 0 ? <View className="tech-jobs__alert">{t('tech.overdueCount', { n: overdue })}</View> : null}

      {tab === 'planned' ? null : (
        <View className="card" data-testid={tab === 'mine' ? 'my-jobs' : 'pool-jobs'}>
          {error ? <View className="field-error">{error}</View> : null}
          {list === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
          {list?.length === 0 ? <EmptyState description={tab === 'mine' ? t('tech.noJobs') : t('tech.poolEmpty')} /> : null}
          {list?.map((x) => (
            <TicketItem key={x.id} ticket={x} categoryName={categoryName(x.categoryCode)} onOpen={tab === 'mine' ? open : () => undefined} extra={<Countdown state={x.timeState} serverNow={serverNow} />}>
              {tab === 'pool' ? (
                <View className="tech-jobs__grab" onClick={(e) => e.stopPropagation()}>
                  <Button type="primary" size="small" loading={grabbing === x.id} disabled={!!grabbing} data-testid="grab" onClick={() => void grab(x.id)}>
                    {commandLabel('grab')}
                  </Button>
                </View>
              ) : null}
            </TicketItem>
          ))}
        </View>
      )}
    </View>
  );
}
