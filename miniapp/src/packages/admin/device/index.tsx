import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { AdminAsset, AdminLocation } from '@contract/admin';
import type { TicketSummary } from '@contract/tickets';
import { t } from '../../../i18n';
import { adminApi } from '../../../services/adminApi';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { SCREENS } from '../../../services/roles';
import { toast } from '../../../components/toast';
import { useCategoryNames } from '../../../components/useCategoryNames';
import { TicketItem } from '../../../components/ticket/TicketItem';
import { AuditList } from '../components/AuditList';
import { DeviceDetails } from '../components/DeviceDetails';
import { DeviceFigures } from '../components/DeviceFigures';
import { DevicePlans } from '../components/plan/DevicePlans';
import { PlaceChooser } from '../components/PlaceChooser';
import { RoomLabel } from '../components/RoomLabel';
import { deviceScreen } from '../components/adminLinks';
import { pathName } from '../components/placeTree';
import '../devices/index.scss';
import './index.scss';

/** One device: its facts and label, move and retire, repairs, this month's downtime, planned maintenance, changes. */
export default function DevicePage() {
  const id = useRouter().params.id ?? '';
  const [asset, setAsset] = useState<AdminAsset | null>(null);
  const [places, setPlaces] = useState<AdminLocation[]>([]);
  const [history, setHistory] = useState<TicketSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const categoryName = useCategoryNames();

  useDidShow(() => {
    if (!ensureSignedIn(deviceScreen(id))) return;
    adminApi.getAsset(id).then(setAsset, (err: unknown) => setError(errorMessage(err)));
    adminApi.listLocations().then((r) => setPlaces(r.items), () => undefined);
    api.assetHistory(id).then((page) => setHistory(page.items), () => setHistory([]));
  });

  async function change(action: (a: AdminAsset) => Promise<AdminAsset>, done: string) {
    if (!asset) return;
    setBusy(true);
    setError(null);
    try {
      setAsset(await action(asset));
      toast(done);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  const moveTo = (place: AdminLocation) =>
    change(({ id: _id, retired: _r, qrCode: _q, ...fields }) => adminApi.updateAsset(id, { ...fields, locationId: place.id }), t('device.moveDone'));
  async function retire() {
    if (!asset) return;
    const answer = await Taro.showModal({ title: t('device.retire'), content: t('device.retireConfirm', { name: asset.name }), confirmText: t('common.confirm'), cancelText: t('common.cancel') });
    if (answer.confirm) await change((a) => adminApi.retireAsset(id, a.version), t('device.retiredDone'));
  }

  const byId = new Map(places.map((p) => [p.id, p]));
  const place = asset ? byId.get(asset.locationId) : undefined;
  return (
    <View className="page page--wide device-page">
      {error ? <View className="field-error">{error}</View> : null}
      {asset === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {asset ? (
        <View className="device-page__body">
          <View className="device-page__main">
            <Text className="devices__title" data-testid="device-name">
              {asset.name} · {asset.id}
            </Text>
            {asset.retired ? <View className="device-retired" data-testid="device-retired-banner">{t('device.retiredLabel')}</View> : null}
            <DeviceDetails asset={asset} placeName={place ? pathName(place, byId) : asset.locationId} categoryName={categoryName(asset.categoryCode)} />
            {asset.qrCode ? <RoomLabel code={asset.qrCode} /> : null}
            {asset.retired ? null : (
              <View className="device-section">
                <Text className="form-label">{t('device.move')}</Text>
                <PlaceChooser places={places} types={['room', 'floor', 'building']} placeholder={t('places.name')} testId="device-move" onChoose={(p) => void moveTo(p)} />
                <Button type="danger" fill="outline" loading={busy} data-testid="device-retire" onClick={() => void retire()}>
                  {t('device.retire')}
                </Button>
              </View>
            )}
          </View>
          <View className="device-page__side">
            <DeviceFigures asset={asset} />
            <DevicePlans assetId={asset.id} retired={asset.retired} />
            <View className="device-section" data-testid="device-history">
              <Text className="form-label">{t('device.history')}</Text>
              {history?.length === 0 ? <View className="muted">{t('device.historyEmpty')}</View> : null}
              {history?.map((x) => (
                <TicketItem key={x.id} ticket={x} categoryName={categoryName(x.categoryCode)} onOpen={(tid) => void Taro.navigateTo({ url: SCREENS.ticket(tid) })} />
              ))}
            </View>
            <View className="device-section">
              <Text className="form-label">{t('audit.section')}</Text>
              <AuditList kind="asset" recordId={asset.id} refreshKey={asset.version} />
            </View>
          </View>
        </View>
      ) : null}
    </View>
  );
}
