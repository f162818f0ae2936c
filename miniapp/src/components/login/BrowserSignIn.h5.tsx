import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { api } from '../../services/api';
import { DemoPicker } from './DemoPicker';
import { PcQrLogin } from './PcQrLogin';
import type { BrowserSignInProps } from './signInTypes';

/**
 * A browser signs in by scan (a desk PC: the QR, confirmed on a phone). The demo picker is
 * offered only when the API says so (GET /v1/auth/options: the local stack), never in the cloud.
 */
export function BrowserSignIn({ busy, onDemoUser, onPcSession }: BrowserSignInProps) {
  const [demoPicker, setDemoPicker] = useState(false);
  useEffect(() => {
    api.signInOptions().then(
      (options) => setDemoPicker(options.demoPicker),
      () => setDemoPicker(false),
    );
  }, []);
  return (
    <View className="browser-sign-in">
      <PcQrLogin onSession={onPcSession} />
      {demoPicker ? <DemoPicker busy={busy} onPick={onDemoUser} /> : null}
    </View>
  );
}
