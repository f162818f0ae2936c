import { useState } from 'react';
import { View, Button as TaroButton, Input } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Session } from '@contract/users';
import { platform } from '../../platform';
import { t } from '../../i18n';
import { api } from '../../services/api';

interface Props {
  /** Runs a sign-in, shows its failure, and on success goes on to the user's home. */
  finish: (signIn: () => Promise<Session>, who: string) => Promise<void>;
  busy: string | null;
  onRefused: (message: string) => void;
}

/**
 * An account WeChat knows but no staff record does: link it once, by the phone number WeChat
 * verifies (the getPhoneNumber button) or by the admin's one-time invite code.
 */
export function LinkStaff({ finish, busy, onRefused }: Props) {
  const [inviteCode, setInviteCode] = useState('');

  function linkWithPhone(event?: { detail?: { code?: string } }) {
    const phoneCode = platform.phoneCode(event);
    if (!phoneCode) {
      onRefused(t('login.phoneRefused'));
      return;
    }
    void finish(async () => api.linkPhone({ code: await platform.login(), phoneCode }), 'phone');
  }

  const code = inviteCode.trim().toUpperCase();
  return (
    <View className="login__link" data-testid="link-staff">
      <View className="login__link-title">{t('login.linkTitle')}</View>
      <View className="login__link-hint">{t('login.linkHint')}</View>
      <TaroButton
        className="login__phone-button"
        data-testid="link-phone"
        openType="getPhoneNumber"
        loading={busy === 'phone'}
        onGetPhoneNumber={(e) => platform.phoneCodeOn === 'getPhoneNumber' && linkWithPhone(e)}
        onClick={() => platform.phoneCodeOn === 'tap' && linkWithPhone()}
      >
        {t('login.linkPhone')}
      </TaroButton>
      <View className="login__invite">
        <Input
          className="login__invite-input"
          data-testid="invite-code"
          maxlength={32}
          placeholder={t('login.invitePlaceholder')}
          value={inviteCode}
          onInput={(e) => setInviteCode(e.detail.value)}
        />
        <Button
          type="primary"
          fill="outline"
          disabled={code.length < 8}
          loading={busy === 'invite'}
          onClick={() => void finish(async () => api.redeemInvite({ code: await platform.login(), inviteCode: code }), 'invite')}
        >
          {t('login.redeemInvite')}
        </Button>
      </View>
    </View>
  );
}
