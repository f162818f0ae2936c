import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { Asset } from '@contract/catalog';
import type { PlaceMatch } from '@contract/places';
import { t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import './PlacePicker.scss';

const SEARCH_DELAY_MS = 250;

interface Props {
  place: PlaceMatch | null;
  asset: Asset | null;
  onPlace: (place: PlaceMatch | null) => void;
  onAsset: (asset: Asset | null) => void;
}

/** Find a place by name, label code or pinyin initials (the server matches), then pick a device there. */
export function PlacePicker({ place, asset, onPlace, onAsset }: Props) {
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<PlaceMatch[] | null>(null);
  const [assets, setAssets] = useState<Asset[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q || place) return setMatches(null);
    let current = true;
    const timer = setTimeout(() => {
      api.searchPlaces(q).then(
        (r) => current && (setMatches(r.items), setError(null)),
        (err: unknown) => current && setError(errorMessage(err)),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, place]);

  useEffect(() => {
    setAssets([]);
    if (!place) return;
    api.listPlaceAssets(place.id).then((r) => setAssets(r.items), (err: unknown) => setError(errorMessage(err)));
  }, [place]);

  if (place) {
    return (
      <View className="place-picker">
        <View className="place-picker__chosen" data-testid="place-chosen">
          <Text>{place.path.slice(1).join(' › ')}</Text>
          <Text className="link" onClick={() => (onPlace(null), onAsset(null))}>
            {t('hotline.changePlace')}
          </Text>
        </View>
        <View className="card-title">{t('hotline.device')}</View>
        <View className="chips" data-testid="device-options">
          <View className={`chip ${asset ? '' : 'chip--active'}`} onClick={() => onAsset(null)}>
            {t('hotline.noDevice')}
          </View>
          {assets.map((a) => (
            <View key={a.id} className={`chip ${asset?.id === a.id ? 'chip--active' : ''}`} data-testid="device-option" onClick={() => onAsset(a)}>
              {a.name}
            </View>
          ))}
        </View>
        {error ? <View className="field-error">{error}</View> : null}
      </View>
    );
  }
  return (
    <View className="place-picker">
      <View data-testid="place-search">
        <Input value={query} placeholder={t('hotline.placeSearch')} maxLength={40} onChange={setQuery} clearable />
      </View>
      {matches?.length === 0 ? <View className="muted">{t('hotline.noPlace')}</View> : null}
      {matches?.map((m) => (
        <View key={m.id} className="place-picker__match" data-testid="place-option" onClick={() => onPlace(m)}>
          <Text>{m.name}</Text>
          <Text className="muted">{m.path.slice(1, -1).join(' › ')}</Text>
          {m.qrCode ? <Text className="muted place-picker__code">{m.qrCode}</Text> : null}
        </View>
      ))}
      {error ? <View className="field-error">{error}</View> : null}
    </View>
  );
}
