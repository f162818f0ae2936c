import { useMemo, useState } from 'react';
import { View, Text } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { AdminLocation } from '@contract/admin';
import { t } from '../../../i18n';
import { adminApi } from '../../../services/adminApi';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { toast } from '../../../components/toast';
import { AddPlaceForm } from '../components/AddPlaceForm';
import { AuditList } from '../components/AuditList';
import { PlaceEditor } from '../components/PlaceEditor';
import { PlaceTree } from '../components/PlaceTree';
import { RoomLabel } from '../components/RoomLabel';
import { placesScreen } from '../components/adminLinks';
import { CHILD_TYPE, indexPlaces } from '../components/placeTree';
import './index.scss';

/** The places of the hospital as a tree: add, rename, move, retire, set a room's use; a room's label one tap away. */
export default function PlacesPage() {
  const [items, setItems] = useState<AdminLocation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showRetired, setShowRetired] = useState(false);
  const [changes, setChanges] = useState(0);

  async function load() {
    try {
      const list = (await adminApi.listLocations()).items;
      setItems(list);
      // Campuses start open: the buildings are the first thing to see.
      setOpen((now) => (now.size > 0 ? now : new Set(list.filter((l) => l.type === 'campus').map((l) => l.id))));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  useDidShow(() => {
    if (ensureSignedIn(placesScreen)) void load();
  });
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));

  const index = useMemo(() => indexPlaces(items ?? [], showRetired), [items, showRetired]);
  const selected = selectedId ? (index.byId.get(selectedId) ?? null) : null;
  const childType = selected ? CHILD_TYPE[selected.type] : 'campus';

  function saved(place: AdminLocation) {
    setItems((now) => [...(now ?? []).filter((l) => l.id !== place.id), place]);
    setChanges((n) => n + 1);
    // A move changes the ancestors of everything below: read the tree again.
    void load();
  }
  function created(place: AdminLocation) {
    toast(t('places.created', { name: place.name }));
    setItems((now) => [...(now ?? []), place]);
    if (place.parentId) setOpen((now) => new Set([...now, place.parentId!]));
    setSelectedId(place.id);
  }
  const toggle = (id: string) => setOpen((now) => { const next = new Set(now); if (!next.delete(id)) next.add(id); return next; });

  return (
    <View className="page page--wide places">
      <View className="places__top">
        <Text className="places__title">{t('places.title')}</Text>
        <View className={`chip ${showRetired ? 'chip--active' : ''}`} data-testid="places-show-retired" onClick={() => setShowRetired(!showRetired)}>
          {t('places.showRetired')}
        </View>
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      <View className="places__body">
        <View className="places__tree" data-testid="places-tree">
          {items === null && !error ? <View className="muted">{t('common.loading')}</View> : null}
          {items?.length === 0 ? <View className="muted">{t('places.empty')}</View> : null}
          <PlaceTree index={index} parentId={null} depth={0} open={open} selectedId={selectedId} onToggle={toggle} onSelect={(p) => setSelectedId(p.id)} />
          <View className="link places__root" data-testid="places-add-campus" onClick={() => setSelectedId(null)}>
            {t('places.addCampus')}
          </View>
        </View>
        <View className="places__side">
          {selected ? <PlaceEditor key={`${selected.id}-${selected.version}`} place={selected} places={items ?? []} onSaved={saved} /> : <View className="muted">{t('places.select')}</View>}
          {selected?.type === 'room' && selected.qrCode ? <RoomLabel code={selected.qrCode} roomId={selected.id} /> : null}
          {childType && !selected?.retired ? <AddPlaceForm key={selected?.id ?? 'root'} type={childType} parent={selected} onCreated={created} /> : null}
          {selected ? (
            <View className="places__audit">
              <Text className="form-label">{t('audit.section')}</Text>
              <AuditList kind="location" recordId={selected.id} refreshKey={changes + selected.version} />
            </View>
          ) : null}
        </View>
      </View>
    </View>
  );
}
