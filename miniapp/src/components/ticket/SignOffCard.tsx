import { Image, View } from '@tarojs/components';
import type { Ticket } from '@contract/tickets';
import { formatTime, t } from '../../i18n';
import { a11y } from '../a11y';

/** The confirmation's sign-off in the ticket's record: the signature as signed, who and when. */
export function SignOffCard({ ticket }: { ticket: Ticket }) {
  const signature = ticket.signature;
  if (!signature) return null;
  const who = signature.signerName ? `${signature.signerName} · ` : '';
  return (
    <View className="card" data-testid="sign-off">
      <View className="card-title">{t('signature.record')}</View>
      {signature.url ? (
        <Image className="sign-off__image" src={signature.url} mode="aspectFit" {...a11y({ label: t('signature.imageLabel') })} data-testid="sign-off-image" />
      ) : null}
      <View className="muted">
        {who}
        {formatTime(signature.at)}
      </View>
    </View>
  );
}
