import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Avatar, Button, Cell, CellGroup } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import type { Session } from '@contract/users';
import { platform } from '../../platform';
import { getLocale, setLocale, t, type MessageKey } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import { saveSession } from '../../services/session';
import { HOME_URL } from '../../services/auth';
import './index.scss';

/** The users seeded in the local stack (POST /v1/auth/dev-login). */
const DEMO_USERS: { id: string; role: MessageKey }[] = [
  { id: 'nurse-li', role: 'role.reporter' },
  { id: 'doctor-wu', role: 'role.reporter' },
  { id: 'desk-wang', role: 'role.dispatcher' },
  { id: 'desk-zhou', role: 'role.dispatcher' },
  { id: 'tech-zhao', role: 'role.technician' },
  { id: 'tech-sun', role: 'role.technician' },
  { id: 'manager-chen', role: 'role.manager' },
  { id: 'admin', role: 'role.admin' },
];

export default function LoginPage() {
  const { params } = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function finish(signIn: () => Promise<Session>, who: string) {
    setBusy(who);
    setError(null);
    try {
      saveSession(await signIn());
      const target = params.redirect ? decodeURIComponent(params.redirect) : HOME_URL;
      await Taro.reLaunch({ url: target.startsWith('/pages/') ? target : HOME_URL });
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
        <CellGroup title={t('login.demoTitle')} className="login__users">
          {DEMO_USERS.map((u) => (
            <View key={u.id} data-testid={`demo-user-${u.id}`}>
            <Cell
              clickable
              title={
                <View className="login__user">
                  <Avatar size="small" background="#e9f9f0" color="#07c160">
                    {t(`login.user.${u.id}` as MessageKey).slice(0, 1)}
                  </Avatar>
                  <Text className="login__user-name">{t(`login.user.${u.id}` as MessageKey)}</Text>
                </View>
              }
              extra={busy === u.id ? t('common.loading') : t(u.role)}
              onClick={() => void finish(() => api.devLogin({ userId: u.id }), u.id)}
            />
            </View>
          ))}
        </CellGroup>
      )}
      {error ? <View className="field-error login__error">{error}</View> : null}
    </View>
  );
}
