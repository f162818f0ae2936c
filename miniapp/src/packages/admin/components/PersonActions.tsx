import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { AdminUser } from '@contract/admin';
import { t } from '../../../i18n';
import type { Invite } from '@contract/users';
import { api, errorMessage } from '../../../services/api';
import { toast } from '../../../components/toast';
import { InviteQr } from './InviteQr';

async function confirmed(content: string): Promise<boolean> {
  const answer = await Taro.showModal({ title: t('people.confirmTitle'), content, confirmText: t('common.confirm'), cancelText: t('common.cancel') });
  return answer.confirm;
}

/** What the admin does to one staff member: invite (a QR to link WeChat), revoke it, unlink, retire. */
export function PersonActions({ user, onChanged }: { user: AdminUser; onChanged: (user: AdminUser) => void }) {
  const [invite, setInvite] = useState<Invite | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(what: string, ask: string | null, action: () => Promise<void>) {
    if (ask && !(await confirmed(ask))) return;
    setBusy(what);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  const issue = () => run('invite', null, async () => setInvite(await api.issueInvite(user.id)));
  const revoke = () =>
    run('revoke', t('people.revokeConfirm'), async () => {
      await api.revokeInvite(user.id);
      setInvite(null);
      toast(t('people.revokedDone'));
    });
  const unlink = () =>
    run('unlink', t('people.unlinkConfirm', { name: user.name }), async () => {
      onChanged(await api.unlinkUser(user.id));
      toast(t('people.unlinkedDone'));
    });
  const retire = () =>
    run('retire', t('people.retireConfirm', { name: user.name }), async () => {
      onChanged(await api.retireUser(user.id, user.version));
      toast(t('people.retiredDone'));
    });

  return (
    <View className="person-actions" data-testid="person-actions">
      <View className="person-actions__who">
        {user.name} · {user.id}
        {user.phone ? ` · ${user.phone}` : ''}
      </View>
      {invite ? <InviteQr invite={invite} name={user.name} /> : null}
      {error ? <View className="field-error">{error}</View> : null}
      {user.retired ? (
        <View className="muted">{t('people.retired')}</View>
      ) : (
        <View className="person-actions__buttons">
          <Button type="primary" loading={busy === 'invite'} data-testid="person-invite" onClick={() => void issue()}>
            {t(invite ? 'people.inviteAgain' : 'people.invite')}
          </Button>
          <Button fill="outline" loading={busy === 'revoke'} data-testid="person-revoke" onClick={() => void revoke()}>
            {t('people.revoke')}
          </Button>
          {user.linked ? (
            <Button fill="outline" loading={busy === 'unlink'} data-testid="person-unlink" onClick={() => void unlink()}>
              {t('people.unlink')}
            </Button>
          ) : null}
          <Button type="danger" fill="outline" loading={busy === 'retire'} data-testid="person-retire" onClick={() => void retire()}>
            {t('people.retire')}
          </Button>
        </View>
      )}
    </View>
  );
}
