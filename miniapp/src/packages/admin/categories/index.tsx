import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import type { AdminCategory } from '@contract/admin';
import { getLocale, t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { EmptyState } from '../../../components/EmptyState';
import { adminApi } from '../services/adminApi';
import { ADMIN_SCREENS } from '../components/adminLinks';
import '../components/admin.scss';

const hours = (minutes: number) => (minutes % 60 === 0 ? t('categories.hours', { n: minutes / 60 }) : t('categories.minutesShort', { n: minutes }));

/** The admin's categories and SLA policies: each category's team or vendor, dispatch mode, times and signature rule. */
export default function CategoriesPage() {
  const [items, setItems] = useState<AdminCategory[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useDidShow(() => {
    if (!ensureSignedIn(ADMIN_SCREENS.categories)) return;
    adminApi.listCategories().then(
      (list) => {
        setItems(list.items);
        setError(null);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  });

  const open = (code?: string) => void Taro.navigateTo({ url: ADMIN_SCREENS.category(code) });
  const name = (c: AdminCategory) => (getLocale() === 'en' ? c.nameEn : c.nameZh);

  return (
    <View className="page page--wide admin-page">
      <View className="admin-page__top">
        <Text className="admin-page__title">{t('categories.title')}</Text>
        <Button size="small" type="primary" data-testid="category-create" onClick={() => open()}>
          {t('categories.create')}
        </Button>
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {items?.length === 0 ? <EmptyState description={t('categories.empty')} /> : null}
      <View className="admin-table" data-testid="category-list">
        {items?.map((c) => (
          <View key={c.code} className="admin-table__row" data-testid={`category-${c.code}`} onClick={() => open(c.code)}>
            <View className="admin-table__main">
              {name(c)}
              <Text className="muted admin-table__sub">
                {c.code} · {c.team}
              </Text>
            </View>
            <View className="admin-table__facts">
              <Text className="person-tag person-tag--on">{t(`categories.dispatch.${c.dispatchMode}`)}</Text>
              <Text className="muted">
                {t('categories.slaSummary', { accept: hours(c.sla.acceptWithinMinutes.normal), arrive: hours(c.sla.arriveWithinMinutes.normal) })}
              </Text>
              {c.signatureRequired ? <Text className="person-tag">{t('categories.signature')}</Text> : null}
              {c.retired ? <Text className="person-tag person-tag--off">{t('categories.retired')}</Text> : null}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
