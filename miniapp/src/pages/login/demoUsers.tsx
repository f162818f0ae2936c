import { View, Text } from '@tarojs/components';
import { Avatar, Cell, CellGroup } from '@nutui/nutui-react-taro';
import type { Session } from '@contract/users';
import { t, type MessageKey } from '../../i18n';
import { api } from '../../services/api';

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
  // The outsourced lift vendor's people (issue 16).
  { id: 'vendor-otis-mgr', role: 'role.vendor_manager' },
  { id: 'vendor-otis-tech', role: 'role.technician' },
];

/** The local stack's demo picker: sign in as a seeded user without WeChat. */
export function DemoUsers({ finish, busy }: { finish: (signIn: () => Promise<Session>, who: string) => Promise<void>; busy: string | null }) {
  return (
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
  );
}
