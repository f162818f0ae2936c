import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ReconcileRunView } from '@contract/dashboard';
import { formatTime, t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { hasRole } from '../../../services/roles';
import { toast } from '../../../components/toast';
import { reconcileWindow } from './reconcileWindow';

/**
 * When the numbers were last checked against the tickets (the nightly reconcile), and for the
 * admin a way to check the period now, e.g. after a fix: managers should know the figures they
 * present were verified, and when.
 */
export function ReconcileNote({ run, period, onDone }: { run: ReconcileRunView | null; period: { from: string; to: string }; onDone: () => void }) {
  const [running, setRunning] = useState(false);

  async function reconcileNow() {
    const window = reconcileWindow(period);
    setRunning(true);
    try {
      const result = await api.reconcileReports({ from: window.from, to: window.to });
      toast(window.shortened ? t('dash.reconcile.tooLong', { to: window.to }) : t('dash.reconcile.done', { n: result.corrected }));
      onDone();
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setRunning(false);
    }
  }

  return (
    <View className="dash-reconcile" data-testid="reconcile-note">
      <Text className="muted">
        {run ? t('dash.reconcile.last', { at: formatTime(run.ranAt), from: run.from, to: run.to, n: run.corrected }) : t('dash.reconcile.never')}
        {run && run.unsettledDays.length > 0 ? t('dash.reconcile.pending', { n: run.unsettledDays.length }) : ''}
      </Text>
      {hasRole('admin') ? (
        <Button size="small" loading={running} data-testid="reconcile-now" onClick={() => void reconcileNow()}>
          {t('dash.reconcile.run')}
        </Button>
      ) : null}
    </View>
  );
}
