import { useEffect, useRef, useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { PcLoginStarted } from '@contract/pcLogin';
import type { Session } from '@contract/users';
import { t } from '../../i18n';
import { ApiError, api } from '../../services/api';
import { QrMatrix, type QrModules } from '../QrMatrix';

/** The design's ~2 s: a confirmation shows on the PC at once, and the API sees one small GET per PC every 2 s. */
const POLL_MS = 2000;
/** An unattended PC shows new codes for an hour, then waits for a click. */
const MAX_CODES = 30;
const TTL_SECONDS = 120;

type State = { kind: 'loading' } | { kind: 'showing'; started: PcLoginStarted; modules: QrModules } | { kind: 'stopped' } | { kind: 'failed' };

/**
 * The desk PC's QR sign-in: a one-time request shown as a QR, polled until a staff member
 * confirms it on the phone, then the session. An expired code is replaced by a new one.
 */
export function PcQrLogin({ onSession }: { onSession: (session: Session) => void }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [now, setNow] = useState(() => Date.now());
  const [round, setRound] = useState(0);
  const onSessionRef = useRef(onSession);
  onSessionRef.current = onSession;

  useEffect(() => {
    let live = true;
    let codes = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = (fn: () => void) => (timer = setTimeout(fn, POLL_MS));

    async function show(): Promise<void> {
      if (++codes > MAX_CODES) return setState({ kind: 'stopped' });
      try {
        // The encoder is loaded with the first code, not with the sign-in page.
        const [started, { create }] = await Promise.all([api.startPcLogin(), import('qrcode')]);
        if (!live) return;
        setState({ kind: 'showing', started, modules: create(started.link, { errorCorrectionLevel: 'M' }).modules });
        setNow(Date.now());
        later(() => void poll(started));
      } catch {
        if (live) setState({ kind: 'failed' });
      }
    }

    async function poll(started: PcLoginStarted): Promise<void> {
      try {
        const answer = await api.pollPcLogin(started.requestId, started.pollSecret);
        if (!live) return;
        if (answer.session) return onSessionRef.current(answer.session);
        // Expired, or confirmed but taken by another poll of this request: a new code.
        if (answer.status !== 'pending') return void show();
      } catch (err) {
        if (!live) return;
        if (err instanceof ApiError && err.status === 404) return void show();
        // No answer this time (network): keep polling; the code's expiry ends it.
      }
      setNow(Date.now());
      later(() => void poll(started));
    }

    void show();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [round]);

  const secondsLeft = state.kind === 'showing' ? Math.min(TTL_SECONDS, Math.max(0, Math.ceil((Date.parse(state.started.expiresAt) - now) / 1000))) : 0;
  return (
    <View className="pc-login card" data-testid="pc-login">
      <View className="pc-login__title">{t('pcLogin.title')}</View>
      <View className="pc-login__code">
        {state.kind === 'showing' ? <QrMatrix modules={state.modules} modulePx={6} testId="pc-login-qr" /> : null}
        {state.kind === 'loading' ? <View className="muted">{t('common.loading')}</View> : null}
        {state.kind === 'stopped' || state.kind === 'failed' ? (
          <View className="pc-login__again">
            <View className="muted">{t(state.kind === 'failed' ? 'pcLogin.failed' : 'pcLogin.expired')}</View>
            <Button size="small" type="primary" onClick={() => setRound((r) => r + 1)}>
              {t('pcLogin.refresh')}
            </Button>
          </View>
        ) : null}
      </View>
      <View className="pc-login__hint">{t('pcLogin.hint')}</View>
      {state.kind === 'showing' ? <View className="muted pc-login__expiry">{t('pcLogin.expiresIn', { s: secondsLeft })}</View> : null}
    </View>
  );
}
