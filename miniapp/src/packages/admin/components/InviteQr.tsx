import { useMemo } from 'react';
import { View } from '@tarojs/components';
import { create } from 'qrcode';
import { t } from '../../../i18n';
import type { Invite } from '@contract/users';
import { QrMatrix } from '../../../components/QrMatrix';

const timeOf = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** A staff member's invite as a QR to scan with WeChat, with its code and until when it works. */
export function InviteQr({ invite, name }: { invite: Invite; name: string }) {
  const modules = useMemo(() => create(invite.link, { errorCorrectionLevel: 'M' }).modules, [invite.link]);
  return (
    <View className="invite-qr" data-testid="invite-qr">
      <QrMatrix modules={modules} modulePx={5} testId="invite-qr-code" />
      <View className="invite-qr__code">{t('people.inviteCode', { code: invite.inviteCode })}</View>
      <View className="muted invite-qr__hint" data-testid="invite-expiry">
        {t('people.inviteHint', { name, time: timeOf(invite.expiresAt) })}
      </View>
    </View>
  );
}
