import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import type { Session } from '@contract/users';
import { platform, readLabel, sceneOfLabel } from '../../platform';
import { getLocale, t } from '../../i18n';
import { switchLocale } from '../../i18n/switchLocale';
import { api, ApiError, errorMessage } from '../../services/api';
import { saveSession } from '../../services/session';
import { HOME_URL } from '../../services/auth';
import { LinkStaff } from '../../components/login/LinkStaff';
import { DemoUsers } from './demoUsers';
import { SCREENS } from '../../services/roles';
import { BrowserSignIn } from '../../components/login/BrowserSignIn';
import './index.scss';

const REPORT_PAGE = '/pages/report/index';

/** The label a scan opened the app with, carried here in the page it was going to (the report form). */
function sceneOf(redirect: string | null): string | undefined {
  if (!redirect?.startsWith(REPORT_PAGE)) return undefined;
  const label = readLabel(redirect);
  return label ? sceneOfLabel(label) : undefined;
}

export default function LoginPage() {
  const { params } = useRouter();
  const redirect = params.redirect ? decodeURIComponent(params.redirect) : null;
  const invite = params.invite ? decodeURIComponent(params.invite).trim().toUpperCase() : null;
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** WeChat knows the account, no staff record or label does: offer linking. */
  const [unlinked, setUnlinked] = useState(false);

  /**
   * Just linked: the role's home. Otherwise back where the user was going (the label they
   * scanned, or the desk screen whose session ended); a desk PC signed in by scan: the desk's queue.
   */
  function landingFor(session: Session, who: string): string {
    if (who === 'phone' || who === 'invite') return HOME_URL;
    if (redirect && redirect !== HOME_URL && /^\/(pages|packages)\//.test(redirect)) return redirect;
    if (who === 'pc' && session.user.roles.includes('dispatcher')) return SCREENS.deskQueue;
    return HOME_URL;
  }

  async function finish(signIn: () => Promise<Session>, who: string) {
    setBusy(who);
    setError(null);
    try {
      const session = await signIn();
      saveSession(session);
      const target = landingFor(session, who);
      await Taro.reLaunch({ url: target });
    } catch (err) {
      if (err instanceof ApiError && err.status === 403 && who === 'wechat') setUnlinked(true);
      else setError(`${t('login.failed')}：${errorMessage(err)}`);
    } finally {
      setBusy(null);
    }
  }

  const signInWithWeChat = () => void finish(async () => api.login({ code: await platform.login(), scene: sceneOf(redirect) }), 'wechat');

  useEffect(() => {
    if (platform.loginMode !== 'wechat') return;
    // Opened from an invite QR: redeem it at once; otherwise try the account WeChat signs in.
    if (invite) void finish(async () => api.redeemInvite({ code: await platform.login(), inviteCode: invite }), 'invite');
    else signInWithWeChat();
  }, []);

  // Every parameter stays (the scanned label's redirect, an invite), so the switch loses nothing.
  const toggleLanguage = () => switchLocale(getLocale() === 'en' ? 'zh-CN' : 'en');

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
        unlinked ? (
          <LinkStaff finish={finish} busy={busy} onRefused={setError} />
        ) : (
          <Button type="primary" size="large" block loading={busy === 'wechat'} onClick={signInWithWeChat}>
            {t('login.wechat')}
          </Button>
        )
      ) : (
        <BrowserSignIn
          onPcSession={(session) => void finish(async () => session, 'pc')}
          demo={<DemoUsers finish={finish} busy={busy} />}
          elsewhere={
            <View className="login__open-in-wechat" data-testid="open-in-wechat">
              <View className="login__link-title">{t('login.openInWeChat')}</View>
              <View className="login__link-hint">{t('login.openInWeChatHint')}</View>
            </View>
          }
        />
      )}
      {error ? <View className="field-error login__error">{error}</View> : null}
    </View>
  );
}
