import { useEffect } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { getLocale, hasMessage, t, type Locale } from '../../i18n';
import { switchLocale } from '../../i18n/switchLocale';
import { currentUser } from '../../services/session';
import { HOME_URL } from '../../services/auth';
import { a11y } from '../../components/a11y';
import './index.scss';

/** Each language named in itself, so whoever cannot read the current one still finds theirs. */
const LANGUAGES: { locale: Locale; name: string }[] = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

/** Only addresses of our own screens may be returned to. */
const isScreen = (url: string | undefined): url is string => !!url && /^\/(pages|packages)\/[\w/]+(\?.*)?$/.test(url);

/**
 * 我的 · Me: who is signed in, and the language. Switching the language goes back to the screen
 * this page was opened from (its address, with the scanned label, is in `back`), in that language.
 */
export default function MePage() {
  const { params } = useRouter();
  const back = params.back ? decodeURIComponent(params.back) : undefined;
  const returnTo = isScreen(back) && !back.startsWith('/pages/me/') ? back : HOME_URL;
  const user = currentUser();
  const locale = getLocale();

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: t('me.title') });
  }, []);

  const roles = (user?.roles ?? []).map((r) => (hasMessage(`role.${r}`) ? t(`role.${r}` as never) : r)).join('、');

  return (
    <View className="page me">
      <CellGroup>
        <Cell title={user?.kind === 'guest' ? t('login.guestName') : (user?.name ?? '')} description={[user?.hospitalName, user?.department].filter(Boolean).join(' · ')} />
        {roles ? <Cell title={t('me.roles')} extra={roles} /> : null}
      </CellGroup>

      <View className="card" data-testid="language">
        <View className="card-title">{t('me.language')}</View>
        <View className="me__languages" {...a11y({ role: 'radiogroup', label: t('me.language') })}>
          {LANGUAGES.map((l) => (
            <Button
              key={l.locale}
              className="me__language"
              type={l.locale === locale ? 'primary' : 'default'}
              {...a11y({ role: 'radio', checked: l.locale === locale, lang: l.locale })}
              data-testid={`language-${l.locale}`}
              onClick={() => {
                if (l.locale !== locale) switchLocale(l.locale, returnTo);
              }}
            >
              {l.name}
            </Button>
          ))}
        </View>
        <Text className="muted">{t('me.languageHint')}</Text>
      </View>

      <Button block className="me__back" data-testid="me-back" onClick={() => void Taro.reLaunch({ url: returnTo })}>
        {t('me.back')}
      </Button>
    </View>
  );
}
