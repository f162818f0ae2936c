import { useMemo } from 'react';
import { View, Text } from '@tarojs/components';
import { create } from 'qrcode';
import type { QrLabelsPreview } from '@contract/admin';
import { t } from '../../../i18n';
import { QrMatrix } from '../../../components/QrMatrix';

type PreviewItem = QrLabelsPreview['items'][number];

/** One label as it prints: its QR (a link QR; a mini-program code is drawn by WeChat), name, building and floor, code, the bilingual line. */
export function LabelSample({ label, withQr }: { label: PreviewItem; withQr: boolean }) {
  const modules = useMemo(() => create(label.link, { errorCorrectionLevel: 'M' }).modules, [label.link]);
  return (
    <View className="label-sample" data-testid="label-sample">
      {withQr ? <QrMatrix modules={modules} modulePx={2} testId="label-sample-qr" /> : <View className="label-sample__wxacode">{t('labels.format.wxacode')}</View>}
      <View className="label-sample__text">
        <View className="label-sample__name">{label.name}</View>
        <View className="muted">{label.place}</View>
        <View className="label-sample__code">{label.code}</View>
        <View className="muted label-sample__tagline">{t('labels.tagline')}</View>
      </View>
    </View>
  );
}

/** The labels of the batch, each one tickable to print only some. */
export function LabelPreviewList({ preview, picked, onToggle }: { preview: QrLabelsPreview; picked: readonly string[]; onToggle: (code: string) => void }) {
  return (
    <View className="labels-list" data-testid="labels-list" role="list">
      {preview.items.map((label) => {
        const ticked = picked.includes(label.code);
        return (
          <View key={label.code} className={`label-row ${ticked ? 'label-row--ticked' : ''}`} role="checkbox" aria-checked={ticked} data-testid={`label-row-${label.code}`} onClick={() => onToggle(label.code)}>
            <Text className="label-row__tick">{ticked ? '☑' : '☐'}</Text>
            <Text className="label-row__name">{label.name}</Text>
            <Text className="muted label-row__place">{label.place}</Text>
            <Text className="label-row__code">{label.code}</Text>
          </View>
        );
      })}
    </View>
  );
}
