import { useEffect, useMemo, useRef, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import type { Category } from '@contract/catalog';
import type { Urgency } from '@contract/enums';
import type { QrLookup, Ticket } from '@contract/tickets';
import { platform } from '../../platform';
import { pick, t } from '../../i18n';
import { ApiError, errorMessage } from '../../services/api';
import { SubmissionKeys } from '../../services/idempotency';
import { askSubscribe } from '../../services/subscribe';
import { submitReport } from './submit';
import { clearDraft, loadDraft, saveDraft } from './reportDraftStore';
import { DuplicateChoice, type PossibleDuplicate } from './DuplicateChoice';
import { DevicePicker } from './DevicePicker';
import { followInstead } from './followInstead';
import { MAX_DESCRIPTION, MAX_PHOTOS, type DraftErrors, type ReportDraft, validateDraft } from './validate';
import { PhotoPicker } from './PhotoPicker';
import { toast } from '../toast';
import { PhotoUploadError, screenPicked } from '../../services/photos';
import './ReportForm.scss';

export type LookupCategory = QrLookup['categories'][number];

interface Props {
  lookup: QrLookup;
  onSubmitted: (ticket: Ticket, category: Category) => void;
}

const URGENCIES: Urgency[] = ['normal', 'urgent', 'emergency'];

function initialDraft(lookup: QrLookup, categories: LookupCategory[]): ReportDraft {
  const fromAsset = lookup.asset ? categories.find((c) => c.code === lookup.asset?.categoryCode) : undefined;
  const first = fromAsset ?? categories.find((c) => c.suggested);
  return {
    categoryCode: first?.code ?? null,
    description: '',
    urgency: lookup.asset?.lifeSupport ? 'urgent' : 'normal',
    photos: [],
    contactPhone: '',
    assetId: null,
  };
}

export function ReportForm({ lookup, onSubmitted }: Props) {
  // Suggested categories first, in the server's order otherwise.
  const categories = useMemo(
    () => [...lookup.categories].sort((a, b) => Number(b.suggested) - Number(a.suggested)),
    [lookup.categories],
  );
  // A reload mid-report brings the draft back (text, category, device, uploaded photos).
  const [draft, setDraft] = useState<ReportDraft>(() => loadDraft(lookup.code) ?? initialDraft(lookup, categories));
  const [duplicate, setDuplicate] = useState<PossibleDuplicate | null>(null);
  const [touched, setTouched] = useState<Partial<Record<keyof DraftErrors, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<DraftErrors>({});
  const [submitError, setSubmitError] = useState<{ message: string; retryable: boolean } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const keys = useRef(new SubmissionKeys());

  const errors = validateDraft(draft);
  const invalid = Object.keys(errors).length > 0;
  const category = categories.find((c) => c.code === draft.categoryCode);
  const devicesOfCategory = (lookup.roomDevices ?? []).filter((d) => d.categoryCode === draft.categoryCode);

  useEffect(() => saveDraft(lookup.code, draft), [lookup.code, draft]);

  function update(patch: Partial<ReportDraft>, field?: keyof DraftErrors) {
    setDraft((d) => {
      const next = { ...d, ...patch };
      // A device picked for one category is not the fault of another.
      const device = (lookup.roomDevices ?? []).find((a) => a.id === next.assetId);
      return device && device.categoryCode !== next.categoryCode ? { ...next, assetId: null } : next;
    });
    setDuplicate(null);
    if (field) {
      setTouched((s) => ({ ...s, [field]: true }));
      setServerErrors((s) => ({ ...s, [field]: undefined }));
    }
    setSubmitError(null);
  }

  // With a category chosen: its phrases. Before that: the first phrase of every category, so
  // one tap picks both the category and the words (scan → phrase → submit).
  const phrases: { categoryCode: string; text: string }[] = category
    ? category.quickPhrases.map((p) => ({ categoryCode: category.code, text: pick(p.zh, p.en) }))
    : categories.flatMap((c) => c.quickPhrases.slice(0, 1).map((p) => ({ categoryCode: c.code, text: pick(p.zh, p.en) })));

  function applyPhrase(categoryCode: string, phrase: string) {
    const current = draft.description.trim();
    const known = categories.flatMap((c) => c.quickPhrases.flatMap((p) => [p.zh, p.en]));
    const next = !current || known.includes(current) ? phrase : `${current}；${phrase}`;
    update({ categoryCode, description: next.slice(0, MAX_DESCRIPTION) }, 'description');
    setTouched((s) => ({ ...s, categoryCode: true }));
  }

  async function addPhotos() {
    const room = MAX_PHOTOS - draft.photos.length;
    if (room <= 0) {
      toast(t('report.photoLimit', { max: MAX_PHOTOS }));
      return;
    }
    try {
      const { photos: picked, refusal } = screenPicked(await platform.chooseImages(room));
      if (refusal) toast(refusal);
      else if (picked.length > room) toast(t('report.photoLimit', { max: MAX_PHOTOS }));
      setDraft((d) => ({ ...d, photos: [...d.photos, ...picked].slice(0, MAX_PHOTOS) }));
    } catch {
      // The user refused camera/album access or the picker failed: nothing to add.
    }
  }

  function keepUploadedKey(path: string, key: string) {
    setDraft((d) => ({ ...d, photos: d.photos.map((p) => (p.path === path ? { ...p, key } : p)) }));
  }

  async function submit(notADuplicate = false) {
    if (invalid || submitting) return;
    // WeChat shows the subscribe dialog only from a tap: ask now, while the report goes out.
    void askSubscribe('afterReport');
    setSubmitting(true);
    setSubmitError(null);
    try {
      const ticket = await submitReport(lookup.code, draft, keys.current, draft.photos.length ? setUploadPercent : undefined, { onPhotoUploaded: keepUploadedKey, notADuplicate });
      clearDraft(lookup.code);
      onSubmitted(ticket, category as Category);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.duplicateOf) {
        setDuplicate(err.duplicateOf);
        return;
      }
      if (err instanceof ApiError) setServerErrors(err.fieldMessages() as DraftErrors);
      const retryable = (err instanceof ApiError && err.retryable) || err instanceof PhotoUploadError;
      setSubmitError({ message: err instanceof PhotoUploadError ? err.message : errorMessage(err), retryable });
    } finally {
      setSubmitting(false);
      setUploadPercent(null);
    }
  }

  const shown = (field: keyof DraftErrors) => serverErrors[field] ?? (touched[field] ? errors[field] : undefined);
  const firstMissing = Object.values(errors)[0];

  return (
    <View className="report-form">
      <View className="card">
        <View className="card-title">{t('report.category')}</View>
        <View className="chips" data-testid="categories">
          {categories.map((c) => (
            <View
              key={c.code}
              className={`chip ${c.code === draft.categoryCode ? 'chip--active' : ''}`}
              data-testid={`category-${c.code}`}
              onClick={() => update({ categoryCode: c.code }, 'categoryCode')}
            >
              {pick(c.nameZh, c.nameEn)}
              {c.suggested ? <Text className="chip__mark">{t('report.suggested')}</Text> : null}
            </View>
          ))}
        </View>
        {shown('categoryCode') ? <View className="field-error">{shown('categoryCode')}</View> : null}
        <DevicePicker devices={devicesOfCategory} assetId={draft.assetId} onPick={(assetId) => update({ assetId })} />

        {phrases.length > 0 ? (
          <View className="report-form__phrases">
            <View className="muted">{t('report.quickPhrases')}</View>
            <View className="chips chips--phrases" data-testid="phrases">
              {phrases.map((p) => (
                <View key={`${p.categoryCode}:${p.text}`} className="phrase" onClick={() => applyPhrase(p.categoryCode, p.text)}>
                  {p.text}
                </View>
              ))}
            </View>
          </View>
        ) : null}
      </View>

      <View className="card">
        <View className="card-title">{t('report.description')}</View>
        <TextArea
          className="report-form__desc"
          value={draft.description}
          placeholder={t('report.descriptionPlaceholder')}
          maxLength={MAX_DESCRIPTION}
          showCount
          autoSize
          onChange={(v) => update({ description: v }, 'description')}
          onBlur={() => setTouched((s) => ({ ...s, description: true }))}
        />
        {shown('description') ? <View className="field-error" data-testid="error-description">{shown('description')}</View> : null}

        <View className="report-form__row">
          <Text className="report-form__label">{t('report.urgency')}</Text>
        </View>
        <View className="urgency" data-testid="urgency">
          {URGENCIES.map((u) => (
            <View
              key={u}
              className={`urgency__item urgency__item--${u} ${u === draft.urgency ? 'urgency__item--active' : ''}`}
              onClick={() => update({ urgency: u })}
            >
              {t(`urgency.${u}`)}
            </View>
          ))}
        </View>
      </View>

      <View className="card">
        <View className="card-title">
          {t('report.photos')}
          <Text className="card-title__extra">
            {draft.photos.length}/{MAX_PHOTOS} · {t('report.photosHint', { max: MAX_PHOTOS })}
          </Text>
        </View>
        <PhotoPicker
          photos={draft.photos}
          max={MAX_PHOTOS}
          onAdd={() => void addPhotos()}
          onRemove={(i) => update({ photos: draft.photos.filter((_, j) => j !== i) })}
        />
      </View>

      <View className="card">
        <View className="report-form__phone">
          <Text className="report-form__label">{t('report.contactPhone')}</Text>
          <Input
            className="report-form__phone-input"
            type="tel"
            name="contactPhone"
            value={draft.contactPhone}
            placeholder={t('report.contactPhonePlaceholder')}
            maxLength={20}
            onChange={(v) => update({ contactPhone: v }, 'contactPhone')}
          />
        </View>
        {shown('contactPhone') ? <View className="field-error" data-testid="error-contactPhone">{shown('contactPhone')}</View> : null}
      </View>

      {duplicate ? (
        <DuplicateChoice
          duplicate={duplicate}
          openHere={lookup.openTickets}
          categoryName={(code) => {
            const c = lookup.categories.find((k) => k.code === code);
            return c ? pick(c.nameZh, c.nameEn) : '';
          }}
          busy={submitting}
          onFollow={(id) => void followInstead(id, () => clearDraft(lookup.code))}
          onAnotherFault={() => void submit(true)}
        />
      ) : null}

      <View className="report-form__submit">
        {submitError ? (
          <View className="report-form__submit-error" data-testid="submit-error">
            {submitError.message}
          </View>
        ) : null}
        <Button
          type="primary"
          size="large"
          block
          disabled={invalid || submitting || duplicate !== null}
          loading={submitting}
          onClick={() => void submit()}
          className="report-form__submit-btn"
        >
          {submitting && uploadPercent !== null && uploadPercent < 100
            ? t('report.uploading', { percent: uploadPercent })
            : submitting
              ? t('report.submitting') : submitError?.retryable ? t('common.retry') : t('report.submit')}
        </Button>
        {invalid && firstMissing ? <View className="muted report-form__missing">{firstMissing}</View> : null}
      </View>
    </View>
  );
}
