import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { AdminLocation } from '@contract/admin';
import { t } from '../../../../i18n';
import { ChoiceChips } from './ChoiceChips';
import { PlaceChooser } from '../PlaceChooser';
import { pathName } from '../placeTree';
import { DeviceSearch } from './DeviceSearch';
import type { ErrorOf } from './fieldErrors';
import { TARGET_KINDS, moveCheckpoint, type PlanDraft } from './planDraft';

type TargetPart = Pick<PlanDraft, 'targetKind' | 'asset' | 'assetType' | 'checkpoints'>;

/** What the plan covers: one device found by search, every device of a type, or a round of places and devices in order. */
export function PlanTargetPicker({ draft, places, error, onChange }: { draft: TargetPart; places: readonly AdminLocation[]; error: ErrorOf; onChange: (patch: Partial<TargetPart>) => void }) {
  const byId = new Map(places.map((p) => [p.id, p]));
  const list = draft.checkpoints;
  const add = (c: TargetPart['checkpoints'][number]) => {
    if (!list.some((x) => x.kind === c.kind && x.id === c.id)) onChange({ checkpoints: [...list, c] });
  };
  return (
    <View className="plan-target" data-testid="plan-target">
      <ChoiceChips values={TARGET_KINDS} value={draft.targetKind} label={(k) => t(`plans.target.${k}`)} testId="target" onChange={(targetKind) => onChange({ targetKind })} />
      {draft.targetKind === 'asset' ? (
        <View>
          {draft.asset ? (
            <View className="plan-target__chosen" data-testid="target-asset-chosen">
              {t('plan.form.deviceChosen', { name: `${draft.asset.name} · ${draft.asset.id}` })}
            </View>
          ) : null}
          <DeviceSearch testId="target-device" onChoose={(a) => onChange({ asset: { id: a.id, name: a.name } })} />
          {error('target.assetId')}
        </View>
      ) : null}
      {draft.targetKind === 'assetType' ? (
        <View>
          <Input name="target-asset-type" value={draft.assetType} placeholder={t('plan.form.assetType')} maxLength={100} onChange={(assetType) => onChange({ assetType })} />
          {error('target.assetType')}
        </View>
      ) : null}
      {draft.targetKind === 'round' ? (
        <View data-testid="round-checkpoints">
          {list.length === 0 ? <View className="muted">{t('plan.form.roundEmpty')}</View> : null}
          {list.map((c, i) => (
            <View key={`${c.kind}-${c.id}`} className="plan-row" data-testid={`checkpoint-${i}`}>
              <Text className="plan-row__main">
                {i + 1}. {c.name} <Text className="muted">{t(`plan.checkpoint.${c.kind}`)}</Text>
              </Text>
              <View className="chip" data-testid={`checkpoint-${i}-up`} onClick={() => onChange({ checkpoints: moveCheckpoint(list, i, -1) })}>
                {t('plan.form.up')}
              </View>
              <View className="chip" data-testid={`checkpoint-${i}-down`} onClick={() => onChange({ checkpoints: moveCheckpoint(list, i, 1) })}>
                {t('plan.form.down')}
              </View>
              <View className="chip" data-testid={`checkpoint-${i}-remove`} onClick={() => onChange({ checkpoints: list.filter((_, j) => j !== i) })}>
                {t('plan.form.remove')}
              </View>
            </View>
          ))}
          {error('target.checkpoints')}
          <Text className="category-form__label">{t('plan.form.addPlace')}</Text>
          <PlaceChooser places={places} types={['room', 'floor', 'building']} placeholder={t('places.name')} testId="round-place" onChoose={(p) => add({ kind: 'location', id: p.id, name: pathName(p, byId) })} />
          <Text className="category-form__label">{t('plan.form.addDevice')}</Text>
          <DeviceSearch testId="round-device" onChoose={(a) => add({ kind: 'asset', id: a.id, name: a.name })} />
        </View>
      ) : null}
    </View>
  );
}
