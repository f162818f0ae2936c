import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useDidShow } from '@tarojs/taro';
import type { QrLabelsPreview } from '@contract/admin';
import type { LocationNode } from '@contract/catalog';
import { t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { downloadLabels, previewLabels } from '../../../services/labels';
import { SCREENS } from '../../../services/roles';
import { toast } from '../../../components/toast';
import { EmptyState } from '../../../components/EmptyState';
import { LabelScopePicker } from '../components/LabelScopePicker';
import { LabelPreviewList, LabelSample } from '../components/LabelPreview';
import { firstChoice, labelQuery, MAX_PICKED, toggled, type LabelChoice } from '../components/labelChoice';
import './index.scss';

/** The labels screen: choose what to print and the format, preview the labels, then download the PDF. */
export default function LabelsPage() {
  const [tree, setTree] = useState<LocationNode[] | null>(null);
  const [choice, setChoice] = useState<LabelChoice>(firstChoice);
  const [preview, setPreview] = useState<QrLabelsPreview | null>(null);
  const [busy, setBusy] = useState<'preview' | 'download' | null>(null);
  const [error, setError] = useState<string | null>(null);

  useDidShow(() => {
    if (!ensureSignedIn(SCREENS.adminLabels)) return;
    api.listLocations().then((res) => setTree(res.items), (err: unknown) => setError(errorMessage(err)));
  });

  async function show(next: LabelChoice) {
    setChoice(next);
    setBusy('preview');
    try {
      const { format: _format, ...query } = labelQuery({ ...next, picked: [] });
      setPreview(await previewLabels(query));
      setError(null);
    } catch (err) {
      setPreview(null);
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  function change(next: LabelChoice) {
    // A new scope needs a new preview; a new format prints the same labels.
    if (next.format === choice.format) setPreview(null);
    setChoice(next);
  }

  function toggle(code: string) {
    if (!choice.picked.includes(code) && choice.picked.length >= MAX_PICKED) {
      toast(t('labels.tooMany', { max: MAX_PICKED }));
      return;
    }
    setChoice({ ...choice, picked: toggled(choice.picked, code) });
  }

  async function download() {
    setBusy('download');
    try {
      await downloadLabels(labelQuery(choice), t('labels.fileName', { name: `${choice.building ?? 'all'}-${choice.picked.length ? 'chosen' : choice.page}` }));
      toast(t('labels.downloaded'));
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <View className="page page--wide labels">
      {tree ? <LabelScopePicker tree={tree} choice={choice} onChange={change} /> : <View className="muted">{t('common.loading')}</View>}
      <View className="labels__actions">
        <Button type="primary" loading={busy === 'preview'} disabled={!tree} data-testid="labels-preview" onClick={() => void show({ ...choice, page: 1 })}>
          {t('labels.preview')}
        </Button>
      </View>
      {error ? <View className="field-error" data-testid="labels-error">{error}</View> : null}
      {preview && preview.total === 0 ? <EmptyState small description={t('labels.none')} /> : null}
      {preview && preview.items[0] ? (
        <View className="card" data-testid="labels-preview-result">
          <View className="labels__summary" data-testid="labels-count">
            {t('labels.count', { total: preview.total, page: preview.page, pages: preview.pageCount, per: preview.perPage })}
          </View>
          <LabelSample label={preview.items[0]} withQr={choice.format === 'link'} />
          <View className="muted labels__hint">{t('labels.chooseHint')}</View>
          <LabelPreviewList preview={preview} picked={choice.picked} onToggle={toggle} />
          <View className="labels__actions">
            {preview.pageCount > 1 ? (
              <>
                <Button disabled={preview.page <= 1} data-testid="labels-prev" onClick={() => void show({ ...choice, page: preview.page - 1, picked: [] })}>
                  {t('labels.prev')}
                </Button>
                <Button disabled={preview.page >= preview.pageCount} data-testid="labels-next" onClick={() => void show({ ...choice, page: preview.page + 1, picked: [] })}>
                  {t('labels.next')}
                </Button>
              </>
            ) : null}
            <Button type="primary" loading={busy === 'download'} data-testid="labels-download" onClick={() => void download()}>
              {choice.picked.length ? t('labels.downloadChosen', { n: choice.picked.length }) : t('labels.download')}
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  );
}
