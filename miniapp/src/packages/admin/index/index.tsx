import { View, Text } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { t } from '../../../i18n';
import { ensureSignedIn } from '../../../services/auth';
import { currentUser } from '../../../services/session';
import { linksFor } from '../components/adminLinks';
import { SCREENS } from '../../../services/roles';
import './index.scss';

/** The administration home: one tile per admin screen the signed-in person may use (adminLinks.ts). */
export default function AdminHomePage() {
  const [roles, setRoles] = useState(currentUser()?.roles ?? []);
  useDidShow(() => {
    if (ensureSignedIn(SCREENS.admin)) setRoles(currentUser()?.roles ?? []);
  });
  return (
    <View className="page page--wide admin-home">
      <Text className="admin-home__title">{t('admin.home.title')}</Text>
      <View className="admin-home__grid">
        {linksFor(roles).map((link) => (
          <View key={link.key} className="admin-home__tile" data-testid={`admin-link-${link.key}`} onClick={() => void Taro.navigateTo({ url: link.url })}>
            <Text className="admin-home__tile-title">{t(link.title)}</Text>
            <Text className="muted">{t(link.hint)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
