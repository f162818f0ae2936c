import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { t } from '../../../i18n';
import { HOUR_MINUTE, SHIFT_PRESETS } from './rotaWeek';

export interface ShiftChoice {
  /** No shift: off that day (or those days). */
  shift: { start: string; end: string } | null;
  /** Every day of the week, not just the one tapped. */
  wholeWeek: boolean;
}

/** One person's day: a usual shift, hours of one's own, or off; optionally for every day of the week. */
export function ShiftCellEditor({ name, day, busy, error, onSave }: { name: string; day: string; busy: boolean; error: string | null; onSave: (choice: ShiftChoice) => void }) {
  const [start, setStart] = useState('08:00');
  const [end, setEnd] = useState('16:00');
  const [wholeWeek, setWholeWeek] = useState(false);
  const valid = HOUR_MINUTE.test(start) && HOUR_MINUTE.test(end);
  return (
    <View className="shift-editor" data-testid="shift-editor">
      <View className="shift-editor__who">{t('shifts.editing', { name, day })}</View>
      <View className="chips">
        {SHIFT_PRESETS.map((p) => (
          <View
            key={p.key}
            className={`chip ${start === p.start && end === p.end ? 'chip--active' : ''}`}
            data-testid={`shift-preset-${p.key}`}
            onClick={() => {
              setStart(p.start);
              setEnd(p.end);
            }}
          >
            {t(`shifts.preset.${p.key}`)} {p.start}–{p.end}
          </View>
        ))}
      </View>
      <View className="shift-editor__times">
        <Input name="shift-start" maxLength={5} value={start} placeholder="08:00" onChange={setStart} />
        <Input name="shift-end" maxLength={5} value={end} placeholder="16:00" onChange={setEnd} />
      </View>
      {valid ? <View className="muted">{t(end > start ? 'shifts.sameDay' : 'shifts.nextDay')}</View> : <View className="field-error">{t('shifts.badTime')}</View>}
      <View className={`chip ${wholeWeek ? 'chip--active' : ''}`} data-testid="shift-whole-week" onClick={() => setWholeWeek(!wholeWeek)}>
        {t('shifts.wholeWeek')}
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      <View className="shift-editor__buttons">
        <Button type="primary" disabled={!valid} loading={busy} data-testid="shift-save" onClick={() => onSave({ shift: { start, end }, wholeWeek })}>
          {t('shifts.save')}
        </Button>
        <Button fill="outline" loading={busy} data-testid="shift-clear" onClick={() => onSave({ shift: null, wholeWeek })}>
          {t('shifts.setOff')}
        </Button>
      </View>
    </View>
  );
}
