import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { PlanSuggestionList } from '@contract/planned';
import { t } from '../../../../i18n';
import { ApiError, errorMessage } from '../../../../services/api';
import { plannedApi } from '../../../../services/planned';

/**
 * 根据故障建议: the device types whose failures in the last 90 days passed the threshold, each
 * with a proposed plan; "采用" opens the plan form filled with it.
 */
export function PlanSuggestions({ onAccept }: { onAccept: (assetType: string) => void }) {
  const [list, setList] = useState<PlanSuggestionList | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    plannedApi.suggestions().then(setList, (err: unknown) => setError(err instanceof ApiError && err.status === 403 ? null : errorMessage(err)));
  }, []);
  if (!list && !error) return null;
  return (
    <View className="card plan-suggestions" data-testid="plan-suggestions">
      <View className="card-title">
        {t('plans.suggest.title')}
        {list ? <Text className="card-title__extra">{t('plans.suggest.hint', { n: list.threshold })}</Text> : null}
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      {list?.items.length === 0 ? <View className="muted">{t('plans.suggest.empty')}</View> : null}
      {list?.items.map((s) => (
        <View key={s.assetType} className="admin-table__row" data-testid={`suggestion-${s.assetType}`}>
          <View className="admin-table__main">
            {s.assetType}
            <Text className="muted admin-table__sub">{t('plans.suggest.row', { failures: s.failures, devices: s.devices, since: s.since.slice(0, 10) })}</Text>
          </View>
          <Button size="small" type="primary" data-testid={`suggestion-${s.assetType}-accept`} onClick={() => onAccept(s.assetType)}>
            {t('plans.suggest.accept')}
          </Button>
        </View>
      ))}
    </View>
  );
}
