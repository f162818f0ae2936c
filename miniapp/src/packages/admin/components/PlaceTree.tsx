import { View, Text } from '@tarojs/components';
import type { AdminLocation } from '@contract/admin';
import { t } from '../../../i18n';
import type { PlaceIndex } from './placeTree';

interface Props {
  index: PlaceIndex;
  parentId: string | null;
  depth: number;
  open: ReadonlySet<string>;
  selectedId: string | null;
  onToggle: (id: string) => void;
  onSelect: (place: AdminLocation) => void;
}

/** campus › building › floor › room, each level opened on a tap of its arrow. */
export function PlaceTree({ index, parentId, depth, open, selectedId, onToggle, onSelect }: Props) {
  const nodes = index.children.get(parentId) ?? [];
  return (
    <>
      {nodes.map((p) => {
        const hasChildren = (index.children.get(p.id)?.length ?? 0) > 0;
        const isOpen = open.has(p.id);
        return (
          <View key={p.id}>
            <View className={`place-node ${selectedId === p.id ? 'place-node--selected' : ''}`} style={{ paddingLeft: `${depth * 16 + 4}px` }} data-testid={`place-${p.id}`}>
              <Text className="place-node__toggle" data-testid={`place-toggle-${p.id}`} onClick={() => hasChildren && onToggle(p.id)}>
                {hasChildren ? (isOpen ? '▾' : '▸') : '·'}
              </Text>
              <Text className="place-node__name" onClick={() => onSelect(p)}>
                {p.name}
                <Text className="muted"> {t(`level.${p.type}`)} {p.id}</Text>
                {p.roomUse ? <Text className="place-node__use"> {t(`roomUse.${p.roomUse}`)}</Text> : null}
                {p.retired ? <Text className="person-tag person-tag--off">{t('places.retiredBadge')}</Text> : null}
              </Text>
            </View>
            {isOpen ? <PlaceTree index={index} parentId={p.id} depth={depth + 1} open={open} selectedId={selectedId} onToggle={onToggle} onSelect={onSelect} /> : null}
          </View>
        );
      })}
    </>
  );
}
