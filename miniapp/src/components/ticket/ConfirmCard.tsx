import { useEffect, useRef, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { Ticket } from '@contract/tickets';
import { t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import { allows } from '../../services/commands';
import { currentUser } from '../../services/session';
import { loadCategories } from '../../services/catalog';
import { uploadPhotos } from '../../services/photos';
import { SignaturePad } from '../signature/SignaturePad';
import type { SignaturePadHandle } from '../signature/signaturePadTypes';
import { ReasonSheet } from '../ReasonSheet';
import { toast } from '../toast';
import './ReporterActions.scss';

interface Props {
  ticket: Ticket;
  onChanged: (ticket: Ticket) => void;
}

/** Whether the ticket's category asks for the department's signature (签字确认); false until known (the server checks anyway). */
function useSignatureRequired(categoryCode: string): boolean {
  const [required, setRequired] = useState(false);
  useEffect(() => {
    loadCategories().then((items) => setRequired(items.some((c) => c.code === categoryCode && c.signatureRequired)), () => undefined);
  }, [categoryCode]);
  return required;
}

/**
 * "维修完成了吗？": the one thing the reporter is asked once the job is completed, so the page
 * opens with it. The reporter, or a colleague of the department, signs on the screen (required
 * where the category says so, optional otherwise); the signature goes up as a PNG like a photo,
 * and the confirmation names its key.
 */
export function ConfirmCard({ ticket, onChanged }: Props) {
  const signatureRequired = useSignatureRequired(ticket.categoryCode);
  const pad = useRef<SignaturePadHandle | null>(null);
  const [signed, setSigned] = useState(false);
  const [signerName, setSignerName] = useState(currentUser()?.kind === 'guest' ? '' : (currentUser()?.name ?? ''));
  const [notFixedOpen, setNotFixedOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!allows(ticket, 'confirm')) return null;

  async function confirmFixed() {
    setBusy(true);
    try {
      const image = signed && pad.current ? await pad.current.toImage() : null;
      const [signatureKey] = image ? await uploadPhotos([image], 'signature') : [];
      const name = signerName.trim();
      onChanged(await api.command(ticket.id, 'confirm', { satisfied: true, ...(signatureKey ? { signatureKey, ...(name ? { signerName: name } : {}) } : {}) }));
      toast(t('confirm.done'));
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="card reporter-actions__confirm-card" data-testid="confirm-card">
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
          <Input name="signerName" value={signerName} maxLength={30} placeholder={t('signature.signerPlaceholder')} onChange={setSignerName} />
        </View>
        {signatureRequired && !signed ? (
          <View className="muted" data-testid="signature-needed">
            {t('signature.needed')}
          </View>
        ) : null}
      </View>
      <View className="action-bar reporter-actions__confirm">
        <Button onClick={() => setNotFixedOpen(true)} disabled={busy} data-testid="not-fixed">
          {t('confirm.notFixed')}
        </Button>
        <Button
          type="primary"
          loading={busy}
          disabled={busy || (signatureRequired && !signed)}
          className="reporter-actions__fixed"
          data-testid="confirm-fixed"
          onClick={() => void confirmFixed()}
        >
          {t('confirm.fixed')}
        </Button>
      </View>
      <ReasonSheet
        visible={notFixedOpen}
        title={t('confirm.notFixed')}
        placeholder={t('confirm.notFixedPlaceholder')}
        quickReasons={[t('confirm.reason.stillBroken'), t('confirm.reason.partly')]}
        onClose={() => setNotFixedOpen(false)}
        onConfirm={async (note) => {
          onChanged(await api.command(ticket.id, 'confirm', { satisfied: false, note }));
          setNotFixedOpen(false);
        }}
      />
    </View>
  );
}
