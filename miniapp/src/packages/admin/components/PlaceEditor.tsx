import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { AdminLocation } from '@contract/admin';
import type { RoomUse } from '@contract/enums';
import { t } from '../../../i18n';
import { adminApi } from '../../../services/adminApi';
import { errorMessage } from '../../../services/api';
import { toast } from '../../../components/toast';
import { PlaceChooser } from './PlaceChooser';
import { RoomUseChips } from './RoomUseChips';
import { PARENT_TYPE, pathName } from './placeTree';

/** Rename, move (under another place of the level above), set a room's use, retire. */
export function PlaceEditor({ place, places, onSaved }: { place: AdminLocation; places: readonly AdminLocation[]; onSaved: (place: AdminLocation) => void }) {
  const [name, setName] = useState(place.name);
  const [roomUse, setRoomUse] = useState<RoomUse | null>(place.roomUse);
  const [parentId, setParentId] = useState(place.parentId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const byId = new Map(places.map((p) => [p.id, p]));
  const parent = parentId ? byId.get(parentId) : undefined;
  const parentType = PARENT_TYPE[place.type];

  async function run(action: () => Promise<AdminLocation>, done: string) {
    setBusy(true);
    setError(null);
    try {
      onSaved(await action());
      toast(done);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  const save = () => run(() => adminApi.updateLocation(place.id, { version: place.version, name: name.trim(), parentId, roomUse }), t('places.saved'));
  async function retire() {
    const answer = await Taro.showModal({ title: t('places.retire'), content: t('places.retireConfirm', { name: place.name }), confirmText: t('common.confirm'), cancelText: t('common.cancel') });
    if (answer.confirm) await run(() => adminApi.retireLocation(place.id, place.version), t('places.retiredDone'));
  }

  return (
    <View className="place-editor" data-testid="place-editor">
      <Text className="place-editor__title">
        {t(`level.${place.type}`)} · {place.id}
        {place.retired ? ` · ${t('places.retiredBadge')}` : ''}
      </Text>
      <View className="form-label">{t('places.name')}</View>
      <Input name="place-name" value={name} maxLength={100} onChange={setName} />
      {parentType ? (
        <>
          <View className="form-label">
            {t('places.parent')}: <Text data-testid="place-parent">{parent ? pathName(parent, byId) : '—'}</Text>
          </View>
          <PlaceChooser places={places.filter((p) => p.id !== place.id)} types={[parentType]} placeholder={t(`level.${parentType}`)} testId="place-move" onChoose={(p) => setParentId(p.id)} />
        </>
      ) : null}
      {place.type === 'room' ? (
        <>
          <View className="form-label">{t('places.roomUse')}</View>
          <RoomUseChips value={roomUse} onChange={setRoomUse} />
        </>
      ) : null}
      {error ? <View className="field-error">{error}</View> : null}
      {place.retired ? null : (
        <View className="place-editor__buttons">
          <Button type="primary" loading={busy} disabled={!name.trim()} data-testid="place-save" onClick={() => void save()}>
            {t('places.save')}
          </Button>
          <Button type="danger" fill="outline" disabled={busy} data-testid="place-retire" onClick={() => void retire()}>
            {t('places.retire')}
          </Button>
        </View>
      )}
    </View>
  );
}
