import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { Category } from '@contract/catalog';
import { RoomUse as RoomUses, type RoomUse } from '@contract/enums';
import type { CreateJobTemplateBody } from '@contract/jobs';
import { JOB_PARTS_MAX, JOB_PARTS_MIN } from '@contract/jobs';
import { pick, t } from '../../../i18n';
import { loadCategories } from '../../../services/catalog';

export type JobTemplateDraft = CreateJobTemplateBody;

export const newJobTemplateDraft = (): JobTemplateDraft => ({
  name: { zh: '', en: '' },
  parts: Array.from({ length: JOB_PARTS_MIN }, () => ({ categoryCode: '', description: { zh: '', en: '' } })),
  offeredAt: [],
});

interface Props {
  initial: JobTemplateDraft;
  busy: boolean;
  errors: Record<string, string>;
  onSave: (draft: JobTemplateDraft) => void;
}

/** A template's name, its 2–8 parts (a category and its task each) and the room uses it is offered at. */
export function JobTemplateForm({ initial, busy, errors, onSave }: Props) {
  const [draft, setDraft] = useState(initial);
  const [categories, setCategories] = useState<Category[]>([]);
  useEffect(() => void loadCategories().then(setCategories, () => undefined), []);

  const setPart = (i: number, patch: Partial<JobTemplateDraft['parts'][number]>) => setDraft((d) => ({ ...d, parts: d.parts.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const toggleUse = (use: RoomUse) => setDraft((d) => ({ ...d, offeredAt: d.offeredAt.includes(use) ? d.offeredAt.filter((u) => u !== use) : [...d.offeredAt, use] }));
  const error = (field: string) => (errors[field] ? <View className="field-error">{errors[field]}</View> : null);

  return (
    <View className="card" data-testid="job-template-form">
      <View className="card-title">{t('jobs.template.nameZh')}</View>
      <Input name="job-template-name-zh" maxLength={40} value={draft.name.zh} onChange={(zh) => setDraft((d) => ({ ...d, name: { ...d.name, zh } }))} />
      <View className="card-title">{t('jobs.template.nameEn')}</View>
      <Input name="job-template-name-en" maxLength={40} value={draft.name.en} onChange={(en) => setDraft((d) => ({ ...d, name: { ...d.name, en } }))} />
      <View className="card-title">{t('jobs.template.parts')}</View>
      {draft.parts.map((part, i) => (
        <View key={i} className="job-template-form__part" data-testid={`job-template-part-${i}`}>
          <View className="muted">{t('jobs.template.part', { n: i + 1 })} · {t('jobs.template.category')}</View>
          <View className="chips">
            {categories.map((c) => (
              <View key={c.code} className={`chip ${part.categoryCode === c.code ? 'chip--active' : ''}`} onClick={() => setPart(i, { categoryCode: c.code })}>
                {pick(c.nameZh, c.nameEn)}
              </View>
            ))}
          </View>
          {error(`parts.${i}.categoryCode`)}
          <Input name={`job-template-part-${i}-zh`} placeholder={t('jobs.template.taskZh')} maxLength={200} value={part.description.zh} onChange={(zh) => setPart(i, { description: { ...part.description, zh } })} />
          <Input name={`job-template-part-${i}-en`} placeholder={t('jobs.template.taskEn')} maxLength={200} value={part.description.en} onChange={(en) => setPart(i, { description: { ...part.description, en } })} />
          {draft.parts.length > JOB_PARTS_MIN ? (
            <Button size="small" fill="none" onClick={() => setDraft((d) => ({ ...d, parts: d.parts.filter((_, j) => j !== i) }))}>
              {t('jobs.template.removePart')}
            </Button>
          ) : null}
        </View>
      ))}
      {draft.parts.length < JOB_PARTS_MAX ? (
        <Button size="small" fill="outline" data-testid="job-template-add-part" onClick={() => setDraft((d) => ({ ...d, parts: [...d.parts, { categoryCode: '', description: { zh: '', en: '' } }] }))}>
          {t('jobs.template.addPart')}
        </Button>
      ) : null}
      <View className="card-title">{t('jobs.template.offeredAt')}</View>
      <View className="chips">
        {RoomUses.options.map((use) => (
          <View key={use} className={`chip ${draft.offeredAt.includes(use) ? 'chip--active' : ''}`} data-testid={`job-template-use-${use}`} onClick={() => toggleUse(use)}>
            {t(`roomUse.${use}`)}
          </View>
        ))}
      </View>
      {error('form')}
      <Button type="primary" block loading={busy} disabled={busy} data-testid="job-template-save" onClick={() => onSave(draft)}>
        {t('jobs.template.save')}
      </Button>
    </View>
  );
}
