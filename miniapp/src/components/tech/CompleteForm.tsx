import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { Del } from '@nutui/icons-react-taro';
import type { Ticket } from '@contract/tickets';
import { platform } from '../../platform';
import { t } from '../../i18n';
import { errorMessage } from '../../services/api';
import { PhotoUploadError, screenPicked } from '../../services/photos';
import { runOrQueue } from '../../services/offline';
import { PhotoPicker } from '../report/PhotoPicker';
import { toast } from '../toast';
import { type CompleteDraft, MAX_COMPLETION_PHOTOS, MAX_NOTE, MAX_PARTS, emptyPart, hasErrors, partsTotal, toParts, validateComplete } from './completeDraft';
import './CompleteForm.scss';

interface Props {
  ticketId: string;
  /** The ticket as the server answered; null when the completion was saved offline. */
  onCompleted: (ticket: Ticket | null) => void;
  onCancel?: () => void;
}

/** The technician's completion: what was done, the parts used (charged to the department), photos. */
export function CompleteForm({ ticketId, onCompleted, onCancel }: Props) {
  const [draft, setDraft] = useState<CompleteDraft>({ note: '', parts: [], photos: [] });
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const errors = validateComplete(draft);
  const invalid = hasErrors(errors);

  function setPart(i: number, field: 'name' | 'quantity' | 'unitCost', value: string) {
    setDraft((d) => ({ ...d, parts: d.parts.map((p, j) => (j === i ? { ...p, [field]: value } : p)) }));
  }

  async function addPhotos() {
    const room = MAX_COMPLETION_PHOTOS - draft.photos.length;
    if (room <= 0) return;
    try {
      const { photos: picked, refusal } = screenPicked(await platform.chooseImages(room));
      if (refusal) toast(refusal);
      setDraft((d) => ({ ...d, photos: [...d.photos, ...picked].slice(0, MAX_COMPLETION_PHOTOS) }));
    } catch {
      // Camera/album refused: nothing to add.
    }
  }

  async function submit() {
    setShowErrors(true);
    if (invalid || busy) return;
    setBusy(true);
    setError(null);
    try {
      // Without a signal (a basement, a plant room) the completion and its photos wait on the phone.
      const { ticket } = await runOrQueue(ticketId, 'complete', { note: draft.note.trim(), parts: toParts(draft.parts) }, draft.photos, draft.photos.length ? setProgress : undefined);
      toast(ticket ? t('complete.done') : t('offline.savedToast'));
      onCompleted(ticket);
    } catch (err) {
      setError(err instanceof PhotoUploadError ? err.message : errorMessage(err));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const total = partsTotal(draft.parts);
  return (
    <View className="complete-form" data-testid="complete-form">
      <View className="card">
        <View className="card-title">{t('complete.note')}</View>
        <TextArea
          className="complete-form__note"
          value={draft.note}
          placeholder={t('complete.notePlaceholder')}
          maxLength={MAX_NOTE}
          showCount
          autoSize
          onChange={(v) => setDraft((d) => ({ ...d, note: v }))}
        />
        {showErrors && errors.note ? <View className="field-error" data-testid="error-note">{errors.note}</View> : null}
      </View>

      <View className="card">
        <View className="card-title">
          {t('complete.parts')}
          {draft.parts.length ? <Text className="card-title__extra">{t('complete.partsTotal', { total: total.toFixed(2) })}</Text> : null}
        </View>
        {draft.parts.length === 0 ? <View className="muted">{t('complete.noParts')}</View> : null}
        {draft.parts.map((p, i) => {
          const e = showErrors ? (errors.parts[i] ?? {}) : {};
          return (
            <View key={i} className="part-row" data-testid="part-row">
              <View className="part-row__fields">
                <Input className="part-row__name" name={`part-${i}-name`} value={p.name} placeholder={t('complete.partName')} maxLength={60} onChange={(v) => setPart(i, 'name', v)} />
                <Input className="part-row__num" name={`part-${i}-quantity`} type="digit" value={p.quantity} placeholder={t('complete.quantity')} onChange={(v) => setPart(i, 'quantity', v)} />
                <Input className="part-row__num" name={`part-${i}-unitCost`} type="digit" value={p.unitCost} placeholder={t('complete.unitCost')} onChange={(v) => setPart(i, 'unitCost', v)} />
                <View className="part-row__remove" aria-label="remove" onClick={() => setDraft((d) => ({ ...d, parts: d.parts.filter((_, j) => j !== i) }))}>
                  <Del size={16} color="#6b6b6b" />
                </View>
              </View>
              {e.name || e.quantity || e.unitCost ? (
                <View className="field-error" data-testid="part-error">
                  {[e.name, e.quantity, e.unitCost].filter(Boolean).join('；')}
                </View>
              ) : null}
            </View>
          );
        })}
        {draft.parts.length < MAX_PARTS ? (
          <View className="link complete-form__add-part" data-testid="add-part" onClick={() => setDraft((d) => ({ ...d, parts: [...d.parts, emptyPart()] }))}>
            + {t('complete.addPart')}
          </View>
        ) : null}
      </View>

      <View className="card">
        <View className="card-title">
          {t('complete.photos')}
          <Text className="card-title__extra">
            {draft.photos.length}/{MAX_COMPLETION_PHOTOS}
          </Text>
        </View>
        <PhotoPicker
          photos={draft.photos}
          max={MAX_COMPLETION_PHOTOS}
          onAdd={() => void addPhotos()}
          onRemove={(i) => setDraft((d) => ({ ...d, photos: d.photos.filter((_, j) => j !== i) }))}
        />
      </View>

      {error ? <View className="field-error complete-form__error" data-testid="complete-error">{error}</View> : null}
      <View className="action-bar">
        {onCancel ? (
          <Button onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
        ) : null}
        <Button type="primary" className="complete-form__submit" loading={busy} disabled={busy || (showErrors && invalid)} onClick={() => void submit()}>
          {progress !== null && progress < 100 ? t('report.uploading', { percent: progress }) : t('complete.submit')}
        </Button>
      </View>
    </View>
  );
}
