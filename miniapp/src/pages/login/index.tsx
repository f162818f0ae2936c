import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import type { Session } from '@contract/users';
import { platform } from '../../platform';
import { getLocale, setLocale, t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import { saveSession } from '../../services/session';
import { HOME_URL } from '../../services/auth';
import { SCREENS } from '../../services/roles';
import { BrowserSignIn } from '../../components/login/BrowserSignIn';
import './index.scss';

export default function LoginPage() {
  const { params } = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** A desk PC signed in by scan opens the desk's queue, unless it was sent here from another page. */
  function landingFor(session: Session, byScan: boolean): string {
    const asked = params.redirect ? decodeURIComponent(params.redirect) : HOME_URL;
    if (byScan && asked === HOME_URL && session.user.roles.includes('dispatcher')) return SCREENS.deskQueue;
    return asked;
  }

  async function finish(signIn: () => Promise<Session>, who: string) {
    setBusy(who);
    setError(null);
    try {
      const session = await signIn();
      saveSession(session);
      const target = landingFor(session, who === 'pc');
      await Taro.reLaunch({ url: /^\/(pages|packages)\//.test(target) ? target : HOME_URL });
    } catch (err) {
      setError(`${t('login.failed')}：${errorMessage(err)}`);
    } finally {
      setBusy(null);
    }
  }

  function toggleLanguage() {
    setLocale(getLocale() === 'en' ? 'zh-CN' : 'en');
    void Taro.reLaunch({ url: `/pages/login/index${params.redirect ? `?redirect=${encodeURIComponent(params.redirect)}` : ''}` });
  }

  return (
    <View className="page login">
      <View className="login__lang link" onClick={toggleLanguage}>
        {t('common.language')}
      </View>
      <View className="login__brand">
        <View className="login__logo">修</View>
        <View className="login__title">{t('login.title')}</View>
        <View className="login__subtitle">{t('login.subtitle')}</View>
      </View>

      {platform.loginMode === 'wechat' ? (
        <Button
          type="primary"
          size="large"
          block
          loading={busy === 'wechat'}
          onClick={() => void finish(async () => api.login({ code: await platform.login() }), 'wechat')}
        >
          {t('login.wechat')}
        </Button>
      ) : (
        <BrowserSignIn
          busy={busy}
          onDemoUser={(userId) => void finish(() => api.devLogin({ userId }), userId)}
          onPcSession={(session) => void finish(async () => session, 'pc')}
        />
      )}
      {error ? <View className="field-error login__error">{error}</View> : null}
    </View>
  );
}
