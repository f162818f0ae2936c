import { useMemo } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { create } from 'qrcode';
import { t } from '../../../i18n';
import { QrMatrix } from '../../../components/QrMatrix';
import { roomLabelsScreen } from './adminLinks';

/** A room's (or device's) label code as a QR, and one tap to print its label on the labels screen. */
export function RoomLabel({ code, roomId }: { code: string; roomId?: string }) {
  const modules = useMemo(() => create(code, { errorCorrectionLevel: 'M' }).modules, [code]);
  return (
    <View className="room-label" data-testid="room-label">
      <QrMatrix modules={modules} modulePx={3} testId="room-label-qr" />
      <View className="room-label__side">
        <View>
          {t('places.code')}: <View className="room-label__code" data-testid="room-label-code">{code}</View>
        </View>
        {roomId ? (
          <View className="link" data-testid="room-label-print" onClick={() => void Taro.navigateTo({ url: roomLabelsScreen(roomId) })}>
            {t('places.labels')}
          </View>
        ) : null}
      </View>
    </View>
  );
}
