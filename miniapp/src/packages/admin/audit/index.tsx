import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { AuditKind } from '@contract/audit';
import { t } from '../../../i18n';
import { ensureSignedIn } from '../../../services/auth';
import { hasRole } from '../../../services/roles';
import { AuditList } from '../components/AuditList';
import './index.scss';

const KINDS: readonly AuditKind[] = ['location', 'asset', 'category', 'user'];

/** Every admin change, newest first, filtered by kind; staff changes are the admin's only (the API says so too). */
export default function AuditPage() {
  const [kind, setKind] = useState<AuditKind | undefined>(undefined);
  const [refreshKey, setRefreshKey] = useState(0);
  useDidShow(() => {
    if (ensureSignedIn('/packages/admin/audit/index')) setRefreshKey((n) => n + 1);
  });
  const kinds = hasRole('admin') ? KINDS : KINDS.filter((k) => k !== 'user');
  return (
    <View className="page page--wide audit-page">
      <Text className="audit-page__title">{t('audit.title')}</Text>
      <View className="chips">
        {[undefined, ...kinds].map((k) => (
          <Text key={k ?? 'all'} className={`chip ${k === kind ? 'chip--active' : ''}`} data-testid={`audit-kind-${k ?? 'all'}`} onClick={() => setKind(k)}>
            {t(k ? `audit.kind.${k}` : 'audit.kind.all')}
          </Text>
        ))}
      </View>
      <AuditList kind={kind} refreshKey={refreshKey} />
    </View>
  );
}
