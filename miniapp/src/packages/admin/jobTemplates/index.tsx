import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import type { JobTemplate } from '@contract/jobs';
import { pick, t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { jobsApi } from '../../../services/jobs';
import { EmptyState } from '../../../components/EmptyState';
import { useCategoryNames } from '../../../components/useCategoryNames';
import { ADMIN_SCREENS } from '../components/adminLinks';
import '../components/admin.scss';

/** The admin's multi-team job templates (一呼百应): each with its teams' parts and where it is offered. */
export default function JobTemplatesPage() {
  const [items, setItems] = useState<JobTemplate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const categoryName = useCategoryNames();

  useDidShow(() => {
    if (!ensureSignedIn(ADMIN_SCREENS.jobTemplates)) return;
    jobsApi.allTemplates().then(
      (list) => {
        setItems(list.items);
        setError(null);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  });

  const open = (id?: string) => void Taro.navigateTo({ url: ADMIN_SCREENS.jobTemplate(id) });
  return (
    <View className="page page--wide admin-page">
      <View className="admin-page__top">
        <Text className="admin-page__title">{t('jobs.templates.title')}</Text>
        <Button size="small" type="primary" data-testid="job-template-create" onClick={() => open()}>
          {t('jobs.templates.create')}
        </Button>
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {items?.length === 0 ? <EmptyState description={t('jobs.templates.empty')} /> : null}
      <View className="admin-table" data-testid="job-template-list">
        {items?.map((tpl) => (
          <View key={tpl.id} className="admin-table__row" data-testid={`job-template-${tpl.id}`} onClick={() => open(tpl.id)}>
            <View className="admin-table__main">
              {pick(tpl.name.zh, tpl.name.en)}
              <Text className="muted admin-table__sub">{tpl.parts.map((p) => categoryName(p.categoryCode)).join(' + ')}</Text>
            </View>
            <View className="admin-table__facts">
              <Text className="muted">{tpl.offeredAt.length ? tpl.offeredAt.map((u) => t(`roomUse.${u}`)).join('、') : t('jobs.templates.everywhere')}</Text>
              {tpl.retired ? <Text className="person-tag person-tag--off">{t('jobs.templates.retired')}</Text> : null}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
