import { useRef, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import type { Plan, PlanCriticality } from '@contract/planned';
import { t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { plannedApi } from '../../../services/planned';
import { EmptyState } from '../../../components/EmptyState';
import { ADMIN_SCREENS } from '../components/adminLinks';
import { PlanSuggestions } from '../components/plan/PlanSuggestions';
import { CRITICALITIES } from '../components/plan/planDraft';
import { frequencyText, nextDueText, planName, targetText } from '../components/plan/planText';
import '../components/admin.scss';
import '../components/plan/plan.scss';

const PAGE_SIZE = 50;

/** The hospital's maintenance plans and inspection rounds, by criticality, with the suggestions from failure data. */
export default function PlansPage() {
  const [criticality, setCriticality] = useState<PlanCriticality | undefined>();
  const [items, setItems] = useState<Plan[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  async function load(c: PlanCriticality | undefined, after: string | null = null) {
    const mine = ++seq.current;
    try {
      const page = await plannedApi.listPlans({ criticality: c, limit: PAGE_SIZE, cursor: after ?? undefined });
      if (mine !== seq.current) return; // a newer filter answered first
      setItems((now) => (after ? [...(now ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      if (mine === seq.current) setError(errorMessage(err));
    }
  }

  useDidShow(() => {
    if (ensureSignedIn(ADMIN_SCREENS.plans)) void load(criticality);
  });
  function filter(c: PlanCriticality | undefined) {
    setCriticality(c);
    setItems(null);
    void load(c);
  }
  const open = (q: Parameters<typeof ADMIN_SCREENS.plan>[0]) => void Taro.navigateTo({ url: ADMIN_SCREENS.plan(q) });

  return (
    <View className="page page--wide admin-page">
      <View className="admin-page__top">
        <Text className="admin-page__title">{t('plans.title')}</Text>
        <Button size="small" type="primary" data-testid="plan-create" onClick={() => open({})}>
          {t('plans.create')}
        </Button>
      </View>
      <PlanSuggestions onAccept={(assetType) => open({ suggested: assetType })} />
      <View className="chips" data-testid="plan-filters">
        <View className={`chip ${criticality ? '' : 'chip--active'}`} data-testid="plan-filter-all" onClick={() => filter(undefined)}>
          {t('plans.filter.all')}
        </View>
        {CRITICALITIES.map((c) => (
          <View key={c} className={`chip ${criticality === c ? 'chip--active' : ''}`} data-testid={`plan-filter-${c}`} onClick={() => filter(c)}>
            {t(`plans.crit.${c}`)}
          </View>
        ))}
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {items?.length === 0 ? <EmptyState description={t('plans.empty')} /> : null}
      <View className="admin-table" data-testid="plan-list">
        {items?.map((p) => (
          <View key={p.id} className="admin-table__row" data-testid={`plan-${p.id}`} onClick={() => open({ id: p.id })}>
            <View className="admin-table__main">
              {planName(p)}
              <Text className="muted admin-table__sub">{targetText(p)}</Text>
            </View>
            <View className="admin-table__facts">
              <Text className="person-tag">{frequencyText(p.schedule)}</Text>
              <Text data-testid={`plan-${p.id}-next`}>{t('plans.nextDue', { day: nextDueText(p) })}</Text>
              <Text className={`plan-tag plan-tag--${p.criticality}`}>{t(`plans.crit.${p.criticality}`)}</Text>
              {p.retired ? <Text className="person-tag person-tag--off">{t('plans.retired')}</Text> : null}
            </View>
          </View>
        ))}
        {cursor ? (
          <View className="link center-state" data-testid="plan-more" onClick={() => void load(criticality, cursor)}>
            {t('common.loadMore')}
          </View>
        ) : null}
      </View>
    </View>
  );
}
