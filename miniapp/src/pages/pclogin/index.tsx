import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { t } from '../../i18n';
import { pcLoginRequestOf } from '../../platform';
import { api, errorMessage } from '../../services/api';
import { ensureSignedIn, HOME_URL } from '../../services/auth';
import { SCREENS } from '../../services/roles';
import { currentUser } from '../../services/session';
import './index.scss';

/** `r` from the in-app scan; `q` (the whole URL) when WeChat opened the app from the camera. */
function requestIdOf(params: Partial<Record<string, string | undefined>>): string | null {
  if (params.r && /^[A-Za-z0-9_-]{22}$/.test(params.r)) return params.r;
  return params.q ? pcLoginRequestOf(decodeURIComponent(params.q)) : null;
}

/** The phone's half of a desk PC's sign-in by scan: the signed-in staff member says yes (or not). */
export default function PcLoginConfirmPage() {
  const { params } = useRouter();
  const requestId = requestIdOf(params);
  const [state, setState] = useState<'asking' | 'busy' | 'done'>('asking');
  const [error, setError] = useState<string | null>(null);
  const user = currentUser();

  useDidShow(() => {
    if (requestId) ensureSignedIn(SCREENS.pcLogin(requestId));
  });

  async function confirm(id: string) {
    setState('busy');
    setError(null);
    try {
      await api.confirmPcLogin(id);
      setState('done');
    } catch (err) {
      setError(errorMessage(err));
      setState('asking');
    }
  }

  const home = () => void Taro.reLaunch({ url: HOME_URL });
  if (!requestId) {
    return (
      <View className="page pc-confirm">
        <View className="field-error">{t('pcConfirm.bad')}</View>
        <Button block onClick={home}>{t('pcConfirm.back')}</Button>
      </View>
    );
  }
  return (
    <View className="page pc-confirm" data-testid="pc-confirm">
      <View className="pc-confirm__icon">🖥</View>
      {state === 'done' ? (
        <View className="pc-confirm__title" data-testid="pc-confirm-done">{t('pcConfirm.done')}</View>
      ) : (
        <>
          <View className="pc-confirm__title">{t('pcConfirm.question', { name: user?.name ?? '' })}</View>
          <View className="muted pc-confirm__warning">{t('pcConfirm.warning')}</View>
        </>
      )}
      {error ? <View className="field-error pc-confirm__error">{error}</View> : null}
      {state === 'done' ? (
        <Button block type="primary" onClick={home}>{t('pcConfirm.back')}</Button>
      ) : (
        <View className="pc-confirm__actions">
          <Button block type="primary" loading={state === 'busy'} data-testid="pc-confirm-yes" onClick={() => void confirm(requestId)}>
            {t('pcConfirm.confirm')}
          </Button>
          <Button block fill="outline" onClick={home}>{t('common.cancel')}</Button>
        </View>
      )}
    </View>
  );
}
