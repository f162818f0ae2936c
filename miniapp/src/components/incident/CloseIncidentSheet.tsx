import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input, Popup, TextArea } from '@nutui/nutui-react-taro';
import { t } from '../../i18n';
import { errorMessage } from '../../services/api';
import '../ReasonSheet.scss';

export interface ClosingReportDraft {
  cause: string;
  summary: string;
  assetIds: string[];
}

/** 结案报告: cause, what was done, the devices affected (the places are the incident's; the duration is computed). */
export function CloseIncidentSheet({ visible, onClose, onConfirm }: { visible: boolean; onClose: () => void; onConfirm: (report: ClosingReportDraft) => Promise<void> }) {
  const [cause, setCause] = useState('');
  const [summary, setSummary] = useState('');
  const [devices, setDevices] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ready = !!cause.trim() && !!summary.trim();

  async function confirm() {
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    try {
      const assetIds = devices.split(/[,，\s]+/).map((d) => d.trim()).filter(Boolean).slice(0, 20);
      await onConfirm({ cause: cause.trim(), summary: summary.trim(), assetIds });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Popup visible={visible} position="bottom" round title={t('incident.report')} closeable onClose={onClose} className="reason-sheet">
      <View className="reason-sheet__body" data-testid="close-incident-sheet">
        <View className="card-title">{t('incident.cause')}</View>
        <TextArea className="reason-sheet__input" value={cause} maxLength={500} onChange={setCause} />
        <View className="card-title">{t('incident.summary')}</View>
        <TextArea className="reason-sheet__input" value={summary} maxLength={1000} onChange={setSummary} />
        <View className="card-title">{t('incident.devices')}</View>
        <Input name="incident-devices" value={devices} maxLength={400} onChange={setDevices} />
        {error ? <View className="field-error" data-testid="close-error">{error}</View> : null}
        <Button type="primary" block disabled={!ready || busy} loading={busy} data-testid="close-incident-confirm" onClick={() => void confirm()} className="reason-sheet__confirm">
          {t('incident.closeConfirm')}
        </Button>
      </View>
    </Popup>
  );
}
