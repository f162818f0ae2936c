import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { AdminLocation } from '@contract/admin';
import type { LocationType, RoomUse } from '@contract/enums';
import { t } from '../../../i18n';
import { adminApi } from '../../../services/adminApi';
import { errorMessage } from '../../../services/api';
import { RoomUseChips } from './RoomUseChips';

/** A new place of one level under `parent` (a campus at the root): its id, name and, for a room, its use. */
export function AddPlaceForm({ type, parent, onCreated }: { type: LocationType; parent: AdminLocation | null; onCreated: (place: AdminLocation) => void }) {
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [roomUse, setRoomUse] = useState<RoomUse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function add() {
    setBusy(true);
    setError(null);
    try {
      onCreated(await adminApi.createLocation({ id: id.trim(), type, name: name.trim(), parentId: parent?.id ?? null, roomUse: type === 'room' ? roomUse : null }));
      setId('');
      setName('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="add-place" data-testid={`add-place-${type}`}>
      <Text className="place-editor__title">{t(type === 'campus' ? 'places.addCampus' : 'places.addChild', { level: t(`level.${type}`) })}</Text>
      <View className="add-place__row">
        <Input name="new-place-id" value={id} placeholder={t('places.id')} maxLength={64} onChange={setId} />
        <Input name="new-place-name" value={name} placeholder={t('places.name')} maxLength={100} onChange={setName} />
      </View>
      {type === 'room' ? <RoomUseChips value={roomUse} onChange={setRoomUse} /> : null}
      {error ? <View className="field-error">{error}</View> : null}
      <Button size="small" type="primary" loading={busy} disabled={!id.trim() || !name.trim()} data-testid="add-place-submit" onClick={() => void add()}>
        {t('places.addChild', { level: t(`level.${type}`) })}
      </Button>
    </View>
  );
}
