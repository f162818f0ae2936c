import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Tag, TextArea } from '@nutui/nutui-react-taro';
import type { Ticket } from '@contract/tickets';
import { pick, t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import type { Candidate } from '../../services/commands';
import './AssignSheet.scss';

interface Props {
  ticket: Pick<Ticket, 'id' | 'assignee'>;
  onAssigned: (ticket: Ticket) => void;
}

/**
 * Choose who does the job: the server's ranked technicians with the reasons for each, the best
 * one preselected. Moving a job from one technician to another (reassign) needs a reason.
 */
export function AssignSheet({ ticket, onAssigned }: Props) {
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reassign = ticket.assignee !== null;

  useEffect(() => {
    let live = true;
    api.listCandidates(ticket.id).then(
      (r) => {
        if (!live) return;
        setCandidates(r.items);
        const first = r.items.find((c) => c.user.id !== ticket.assignee?.id);
        setChosen(first?.user.id ?? null);
      },
      (err: unknown) => live && setLoadError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [ticket.id]);

  const needReason = reassign && !reason.trim();
  const sameAsNow = chosen !== null && chosen === ticket.assignee?.id;
  const disabled = !chosen || needReason || sameAsNow || busy;

  async function confirm() {
    if (disabled || !chosen) return;
    setBusy(true);
    setError(null);
    try {
      const body = reason.trim() ? { technicianId: chosen, reason: reason.trim() } : { technicianId: chosen };
      onAssigned(await api.command(ticket.id, 'assign', body));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="assign-sheet" data-testid="assign-sheet">
      {reassign ? <View className="section-note">{t('assign.current', { name: ticket.assignee?.name ?? '' })}</View> : null}
      {loadError ? <View className="field-error">{loadError}</View> : null}
      {candidates === null && !loadError ? <View className="muted assign-sheet__loading">{t('common.loading')}</View> : null}
      {candidates?.length === 0 ? <View className="muted assign-sheet__loading">{t('assign.none')}</View> : null}
      <View className="assign-sheet__list">
        {candidates?.map((c, i) => (
          <View
            key={c.user.id}
            className={`candidate ${chosen === c.user.id ? 'candidate--chosen' : ''}`}
            data-testid={`candidate-${c.user.id}`}
            onClick={() => setChosen(c.user.id)}
          >
            <View className="candidate__head">
              <Text className="candidate__name">{c.user.name}</Text>
              {i === 0 ? (
                <Tag type="success" className="candidate__best">
                  {t('assign.suggested')}
                </Tag>
              ) : null}
              {c.user.id === ticket.assignee?.id ? <Tag plain>{t('assign.currentTag')}</Tag> : null}
              <Text className="candidate__jobs">{t('assign.openJobs', { n: c.openJobs })}</Text>
            </View>
            <View className="candidate__flags">
              <Text className={c.skilled ? 'flag flag--ok' : 'flag flag--no'}>{t(c.skilled ? 'assign.skilled' : 'assign.notSkilled')}</Text>
              <Text className={c.onShift ? 'flag flag--ok' : 'flag flag--no'}>{t(c.onShift ? 'assign.onShift' : 'assign.offShift')}</Text>
              {c.sameBuilding ? <Text className="flag flag--ok">{t('assign.sameBuilding')}</Text> : null}
            </View>
            {c.reasons.length ? (
              <View className="candidate__reasons" data-testid="candidate-reasons">
                {c.reasons.map((r) => pick(r.zh, r.en)).join(' · ')}
              </View>
            ) : null}
          </View>
        ))}
      </View>

      {reassign ? (
        <View className="assign-sheet__reason">
          <View className="assign-sheet__label">{t('assign.reason')}</View>
          <TextArea className="assign-sheet__input" value={reason} placeholder={t('assign.reasonPlaceholder')} maxLength={300} onChange={setReason} />
          {needReason ? (
            <View className="field-error" data-testid="error-reason">
              {t('assign.err.reason')}
            </View>
          ) : null}
        </View>
      ) : null}
      {error ? <View className="field-error" data-testid="assign-error">{error}</View> : null}
      <Button type="primary" block className="assign-sheet__confirm" disabled={disabled} loading={busy} onClick={() => void confirm()}>
        {reassign ? t('assign.confirmReassign') : t('assign.confirm')}
      </Button>
    </View>
  );
}
