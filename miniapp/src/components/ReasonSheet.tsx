import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Popup, TextArea } from '@nutui/nutui-react-taro';
import { t } from '../i18n';
import { errorMessage } from '../services/api';
import './ReasonSheet.scss';

interface Props {
  visible: boolean;
  title: string;
  placeholder?: string;
  /** Common reasons: one tap fills the text. */
  quickReasons?: string[];
  confirmText?: string;
  /** Whether the text may be left empty (an optional note). */
  optional?: boolean;
  onClose: () => void;
  /** Sends the command; a rejection is shown in the sheet and keeps it open. */
  onConfirm: (reason: string) => Promise<void>;
}

/** A bottom sheet that asks why (hold, hand back, transfer, reopen, cancel, not satisfied). */
export function ReasonSheet({ visible, title, placeholder, quickReasons = [], confirmText, optional = false, onClose, onConfirm }: Props) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const empty = !text.trim();

  async function confirm() {
    if ((empty && !optional) || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(text.trim());
      setText('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Popup visible={visible} position="bottom" round title={title} closeable onClose={onClose} className="reason-sheet">
      <View className="reason-sheet__body" data-testid="reason-sheet">
        {quickReasons.length ? (
          <View className="chips">
            {quickReasons.map((r) => (
              <View key={r} className="phrase" onClick={() => setText(r)}>
                {r}
              </View>
            ))}
          </View>
        ) : null}
        <TextArea
          className="reason-sheet__input"
          value={text}
          placeholder={placeholder ?? t('reason.placeholder')}
          maxLength={300}
          showCount
          onChange={setText}
        />
        {empty && !optional ? <View className="muted reason-sheet__hint">{t('reason.required')}</View> : null}
        {error ? <View className="field-error" data-testid="reason-error">{error}</View> : null}
        <Button type="primary" block disabled={(empty && !optional) || busy} loading={busy} onClick={() => void confirm()} className="reason-sheet__confirm">
          {confirmText ?? t('common.confirm')}
        </Button>
      </View>
    </Popup>
  );
}
