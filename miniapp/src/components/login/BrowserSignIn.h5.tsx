import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { api } from '../../services/api';
import { PcQrLogin } from './PcQrLogin';
import type { BrowserSignInProps } from './signInTypes';

/**
 * A browser signs in by scan (a desk PC: the QR, confirmed on a phone). The demo picker is
 * offered only when the API says so (GET /v1/auth/options: the local stack, whatever address the
 * browser uses to reach it), never in the cloud.
 */
export function BrowserSignIn({ onPcSession, demo, elsewhere }: BrowserSignInProps) {
  const [demoPicker, setDemoPicker] = useState<boolean | null>(null);
  useEffect(() => {
    api.signInOptions().then(
      (options) => setDemoPicker(options.demoPicker),
      () => setDemoPicker(false),
    );
  }, []);
  return (
    <View className="browser-sign-in">
      <PcQrLogin onSession={onPcSession} />
      {demoPicker === null ? null : demoPicker ? demo : elsewhere}
    </View>
  );
}
