import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import type { ChecklistItem } from '@contract/planned';
import { platform } from '../../../platform';
import { pick, t } from '../../../i18n';
import { screenPicked } from '../../../services/photos';
import { PhotoPicker } from '../../report/PhotoPicker';
import { toast } from '../../toast';
import { checklistErrors, entryFails, rangeText, toResults, type ChecklistDraft, type ItemEntry } from './checklistDraft';
import './ChecklistForm.scss';

interface Props {
  checklist: ChecklistItem[];
  busy: boolean;
  progress: number | null;
  /** The results (in the checklist's order) and the photos to upload with them. */
  onSubmit: (answer: ReturnType<typeof toResults>) => void;
}

/** One checkpoint's checklist: pass/fail, a number with its unit and range (red when out of it, before sending), a text, a photo. */
export function ChecklistForm({ checklist, busy, progress, onSubmit }: Props) {
  const [draft, setDraft] = useState<ChecklistDraft>({});
  const [showErrors, setShowErrors] = useState(false);
  const errors = checklistErrors(checklist, draft);
  const invalid = Object.keys(errors).length > 0;
  const set = (id: string, entry: Partial<ItemEntry>) => setDraft((d) => ({ ...d, [id]: { ...d[id], ...entry } }));

  async function addPhoto(id: string) {
    try {
      const { photos, refusal } = screenPicked(await platform.chooseImages(1));
      if (refusal) toast(refusal);
      if (photos[0]) set(id, { photo: photos[0] });
    } catch {
      // Camera refused: nothing to add.
    }
  }

  function submit() {
    setShowErrors(true);
    if (invalid || busy) return;
    onSubmit(toResults(checklist, draft));
  }

  return (
    <View className="checklist-form" data-testid="checklist-form">
      {checklist.map((item) => {
        const entry = draft[item.id] ?? {};
        const fails = entryFails(item, entry);
        const range = item.kind === 'number' ? rangeText(item) : null;
        return (
          <View key={item.id} className={`checklist-item ${fails ? 'checklist-item--fails' : ''}`} data-testid={`item-${item.id}`}>
            <View className="checklist-item__label">
              {pick(item.label.zh, item.label.en)}
              {item.required ? <Text className="checklist-item__required"> *</Text> : null}
            </View>
            {item.kind === 'passFail' ? (
              <View className="chips" role="radiogroup">
                {([true, false] as const).map((pass) => (
                  <View
                    key={String(pass)}
                    role="radio"
                    aria-checked={entry.pass === pass}
                    className={`chip ${entry.pass === pass ? (pass ? 'chip--active' : 'chip--fail') : ''}`}
                    data-testid={pass ? 'pass' : 'fail'}
                    onClick={() => set(item.id, { pass })}
                  >
                    {t(pass ? 'planned.pass' : 'planned.fail')}
                  </View>
                ))}
              </View>
            ) : null}
            {item.kind === 'number' ? (
              <View className="checklist-item__number">
                <Input name={`value-${item.id}`} type="digit" value={entry.value ?? ''} placeholder={range ?? ''} onChange={(v) => set(item.id, { value: v })} />
                {item.unit ? <Text className="checklist-item__unit">{item.unit}</Text> : null}
              </View>
            ) : null}
            {range ? <View className={`checklist-item__range ${fails ? 'checklist-item__range--out' : ''}`}>{range}</View> : null}
            {item.kind === 'text' ? (
              <TextArea className="checklist-item__text" value={entry.text ?? ''} placeholder={t('planned.textPlaceholder')} maxLength={500} autoSize onChange={(v) => set(item.id, { text: v })} />
            ) : null}
            {item.kind === 'photo' ? <PhotoPicker photos={entry.photo ? [entry.photo] : []} max={1} onAdd={() => void addPhoto(item.id)} onRemove={() => set(item.id, { photo: undefined })} /> : null}
            {fails ? (
              <View className="checklist-item__fails" data-testid="item-fails" role="status">
                {t(item.kind === 'number' ? 'planned.outOfRange' : 'planned.failHint')}
              </View>
            ) : null}
            {showErrors && errors[item.id] ? (
              <View className="field-error" data-testid="item-error">
                {errors[item.id]}
              </View>
            ) : null}
          </View>
        );
      })}
      <Button type="primary" block className="checklist-form__submit" data-testid="record" loading={busy} disabled={busy || (showErrors && invalid)} onClick={submit}>
        {progress !== null && progress < 100 ? t('report.uploading', { percent: progress }) : t('planned.record')}
      </Button>
    </View>
  );
}
