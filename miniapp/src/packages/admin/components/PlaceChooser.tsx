import { useMemo, useState } from 'react';
import { View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { AdminLocation } from '@contract/admin';
import type { LocationType } from '@contract/enums';
import { pathName } from './placeTree';

const MAX_SHOWN = 8;

/** Choose a place of some levels by typing part of its name or id (a move's target, a device's room). */
export function PlaceChooser({ places, types, placeholder, testId, onChoose }: { places: readonly AdminLocation[]; types: readonly LocationType[]; placeholder: string; testId: string; onChoose: (place: AdminLocation) => void }) {
  const [text, setText] = useState('');
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const q = text.trim();
  const matches = q
    ? places.filter((p) => !p.retired && types.includes(p.type) && (p.name.includes(q) || p.id.includes(q))).slice(0, MAX_SHOWN)
    : [];
  return (
    <View className="place-chooser">
      <Input name={testId} value={text} placeholder={placeholder} maxLength={64} onChange={setText} />
      <View className="chips">
        {matches.map((p) => (
          <View key={p.id} className="chip" data-testid={`${testId}-${p.id}`} onClick={() => { setText(''); onChoose(p); }}>
            {pathName(p, byId)}
          </View>
        ))}
      </View>
    </View>
  );
}
