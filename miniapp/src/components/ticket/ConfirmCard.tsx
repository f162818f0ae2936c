import { useEffect, useRef, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { Ticket } from '@contract/tickets';
import { t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import { currentUser } from '../../services/session';
import { loadCategories } from '../../services/catalog';
import { uploadPhotos } from '../../services/photos';
import { SignaturePad } from '../signature/SignaturePad';
import type { SignaturePadHandle } from '../signature/signaturePadTypes';
import { toast } from '../toast';

interface Props {
  ticket: Ticket;
  busy: boolean;
  onNotFixed: () => void;
  onChanged: (ticket: Ticket) => void;
}

/**
 * "Is it fixed?": the reporter, or a colleague of the department, signs on the screen (required
 * where the category says so, optional otherwise) and confirms; the signature goes up as a PNG
 * like a photo, and the confirmation names its key.
 */
/** Whether the ticket's category asks for the department's signature (签字确认); false until known (the server checks anyway). */
function useSignatureRequired(categoryCode: string): boolean {
  const [required, setRequired] = useState(false);
  useEffect(() => {
    loadCategories().then((items) => setRequired(items.some((c) => c.code === categoryCode && c.signatureRequired)), () => undefined);
  }, [categoryCode]);
  return required;
}

export function ConfirmCard({ ticket, busy, onNotFixed, onChanged }: Props) {
  const signatureRequired = useSignatureRequired(ticket.categoryCode);
  const pad = useRef<SignaturePadHandle | null>(null);
  const [signed, setSigned] = useState(false);
  const [signerName, setSignerName] = useState(currentUser()?.kind === 'guest' ? '' : (currentUser()?.name ?? ''));
  const [sending, setSending] = useState(false);

  async function confirmFixed() {
    setSending(true);
    try {
      const image = signed && pad.current ? await pad.current.toImage() : null;
      const [signatureKey] = image ? await uploadPhotos([image], 'signature') : [];
      const name = signerName.trim();
      onChanged(await api.command(ticket.id, 'confirm', { satisfied: true, ...(signatureKey ? { signatureKey, ...(name ? { signerName: name } : {}) } : {}) }));
      toast(t('confirm.done'));
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setSending(false);
    }
  }

  return (
    <View className="card" data-testid="confirm-card">
      <View className="card-title">{t('confirm.title')}</View>
      <View className="muted">{t('confirm.hint')}</View>
      <View className="confirm-card__sign">
        <View className="confirm-card__sign-head">
          <Text>{t(signatureRequired ? 'signature.required' : 'signature.optional')}</Text>
          {signed ? (
            <Text className="link confirm-card__clear" data-testid="signature-clear" onClick={() => pad.current?.clear()}>
              {t('signature.clear')}
            </Text>
          ) : null}
        </View>
        <SignaturePad handle={pad} onSignedChange={setSigned} label={t('signature.padLabel')} />
        <View className="confirm-card__signer">
          <Text className="confirm-card__signer-label">{t('signature.signer')}</Text>
          <Input
            name="signerName"
            value={signerName}
            maxLength={30}
            placeholder={t('signature.signerPlaceholder')}
            onChange={setSignerName}
          />
        </View>
        {signatureRequired && !signed ? <View className="muted" data-testid="signature-needed">{t('signature.needed')}</View> : null}
      </View>
      <View className="action-bar reporter-actions__confirm">
        <Button onClick={onNotFixed} disabled={busy || sending} data-testid="not-fixed">
          {t('confirm.notFixed')}
        </Button>
        <Button
          type="primary"
          loading={sending}
          disabled={busy || sending || (signatureRequired && !signed)}
          className="reporter-actions__fixed"
          data-testid="confirm-fixed"
          onClick={() => void confirmFixed()}
        >
          {t('confirm.fixed')}
        </Button>
      </View>
    </View>
  );
}
