import { useEffect, useRef, useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { AuditEntry, AuditKind } from '@contract/audit';
import { t, formatTime } from '../../../i18n';
import { adminApi } from '../../../services/adminApi';
import { errorMessage } from '../../../services/api';
import { changesOf } from './auditChanges';
import './AuditList.scss';

const PAGE_SIZE = 20;

/**
 * The admin changes of one record (kind + recordId: the device, place or person pages) or of a
 * kind (the audit screen), newest first, each with who, when and the fields before → after.
 */
export function AuditList({ kind, recordId, refreshKey = 0 }: { kind?: AuditKind; recordId?: string; refreshKey?: number }) {
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  async function load(after: string | null) {
    const mine = ++seq.current;
    try {
      const page = await adminApi.listAudit({ kind, recordId, limit: PAGE_SIZE, ...(after ? { cursor: after } : {}) });
      if (mine !== seq.current) return;
      setItems((now) => (after ? [...(now ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      if (mine === seq.current) setError(errorMessage(err));
    }
  }

  useEffect(() => {
    setItems(null);
    void load(null);
  }, [kind, recordId, refreshKey]);

  return (
    <View className="audit-list" data-testid="audit-list">
      {error ? <View className="field-error">{error}</View> : null}
      {items === null && !error ? <View className="muted">{t('common.loading')}</View> : null}
      {items?.length === 0 ? <View className="muted">{t('audit.empty')}</View> : null}
      {items?.map((e) => (
        <View key={e.id} className="audit-entry" data-testid={`audit-${e.kind}-${e.recordId}-${e.action}`}>
          <View className="audit-entry__head">
            <Text className="audit-entry__action">{t(`audit.action.${e.action}`)}</Text>
            {recordId ? null : (
              <Text className="audit-entry__record">
                {t(`audit.kind.${e.kind}`)} {e.recordId}
              </Text>
            )}
            <Text className="muted">
              {e.actorName} · {formatTime(e.at)}
            </Text>
          </View>
          {changesOf(e).map((c) => (
            <View key={c.field} className="audit-change">
              <Text className="audit-change__field">{c.field}</Text>
              <Text className="audit-change__before">{c.before}</Text>
              <Text className="audit-change__arrow">→</Text>
              <Text className="audit-change__after">{c.after}</Text>
            </View>
          ))}
        </View>
      ))}
      {cursor ? (
        <View className="link center-state" onClick={() => void load(cursor)}>
          {t('common.loadMore')}
        </View>
      ) : null}
    </View>
  );
}
