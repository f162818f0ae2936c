import { View } from '@tarojs/components';
import type { LabelFormat, LabelKind } from '@contract/admin';
import type { LocationNode } from '@contract/catalog';
import { t } from '../../../i18n';
import { buildingsOf, toggled, withScope, type LabelChoice } from './labelChoice';

const KINDS: LabelKind[] = ['all', 'rooms', 'assets'];
const FORMATS: LabelFormat[] = ['link', 'wxacode'];

function Chip({ active, testId, onClick, children }: { active: boolean; testId: string; onClick: () => void; children: string }) {
  return (
    <View className={`chip ${active ? 'chip--active' : ''}`} data-testid={testId} aria-pressed={active} role="button" onClick={onClick}>
      {children}
    </View>
  );
}

/** Which labels (the whole hospital, a building, its floors; rooms and/or devices) and in which format. */
export function LabelScopePicker({ tree, choice, onChange }: { tree: readonly LocationNode[]; choice: LabelChoice; onChange: (next: LabelChoice) => void }) {
  const buildings = buildingsOf(tree);
  const floors = buildings.find((b) => b.id === choice.building)?.children.filter((c) => c.type === 'floor') ?? [];
  return (
    <View className="card labels-scope" data-testid="labels-scope">
      <View className="card-title">{t('labels.scope')}</View>
      <View className="chips">
        <Chip active={choice.building === null} testId="labels-everything" onClick={() => onChange(withScope(choice, { building: null, floors: [] }))}>
          {t('labels.everything')}
        </Chip>
        {buildings.map((b) => (
          <Chip key={b.id} active={choice.building === b.id} testId={`labels-building-${b.id}`} onClick={() => onChange(withScope(choice, { building: b.id, floors: [] }))}>
            {b.name}
          </Chip>
        ))}
      </View>
      {floors.length ? (
        <View className="chips labels-scope__floors" data-testid="labels-floors">
          <Chip active={choice.floors.length === 0} testId="labels-all-floors" onClick={() => onChange(withScope(choice, { floors: [] }))}>
            {t('labels.allFloors')}
          </Chip>
          {floors.map((f) => (
            <Chip key={f.id} active={choice.floors.includes(f.id)} testId={`labels-floor-${f.id}`} onClick={() => onChange(withScope(choice, { floors: toggled(choice.floors, f.id) }))}>
              {f.name}
            </Chip>
          ))}
        </View>
      ) : null}
      <View className="chips">
        {KINDS.map((k) => (
          <Chip key={k} active={choice.kind === k} testId={`labels-kind-${k}`} onClick={() => onChange(withScope(choice, { kind: k }))}>
            {t(`labels.kind.${k}`)}
          </Chip>
        ))}
      </View>
      <View className="card-title labels-scope__format">{t('labels.format')}</View>
      <View className="chips">
        {FORMATS.map((f) => (
          <Chip key={f} active={choice.format === f} testId={`labels-format-${f}`} onClick={() => onChange({ ...choice, format: f })}>
            {t(`labels.format.${f}`)}
          </Chip>
        ))}
      </View>
    </View>
  );
}
