import { View, Text } from '@tarojs/components';
import { Image } from '@nutui/nutui-react-taro';
import { Photograph, Close } from '@nutui/icons-react-taro';
import type { PickedImage } from '../../platform';
import { t } from '../../i18n';
import './PhotoPicker.scss';

interface Props {
  /** `restored`: brought back from a saved draft, uploaded already; its local file may be gone. */
  photos: (PickedImage & { restored?: boolean })[];
  max: number;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

export function PhotoPicker({ photos, max, onAdd, onRemove }: Props) {
  return (
    <View className="photo-picker">
      {photos.map((p, i) => (
        <View key={p.path} className="photo-picker__cell" data-testid="photo-thumb">
          {p.restored ? (
            <View className="photo-picker__restored" data-testid="photo-restored">
              <Photograph size={20} color="#07c160" />
              <Text className="photo-picker__add-text">{t('report.photoKept')}</Text>
            </View>
          ) : (
            <Image src={p.path} width="100%" height="100%" mode="aspectFill" radius={6} />
          )}
          <View className="photo-picker__remove" onClick={() => onRemove(i)} aria-label="remove">
            <Close size={10} color="#fff" />
          </View>
        </View>
      ))}
      {photos.length < max ? (
        <View className="photo-picker__cell photo-picker__add" data-testid="photo-add" onClick={onAdd}>
          <Photograph size={24} color="#6b6b6b" />
          <Text className="photo-picker__add-text">{t('report.addPhoto')}</Text>
        </View>
      ) : null}
    </View>
  );
}
