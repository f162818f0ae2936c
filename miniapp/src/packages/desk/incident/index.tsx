import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { IncidentActionBody, IncidentView } from '@contract/incidents';
import { formatTime, t } from '../../../i18n';
import { ApiError, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { currentUser } from '../../../services/session';
import { incidentApi, INCIDENT_SCREENS } from '../../../services/incidents';
import { hasRole, SCREENS } from '../../../services/roles';
import { LoadState } from '../../../components/LoadState';
import { ReasonSheet } from '../../../components/ReasonSheet';
import { toast } from '../../../components/toast';
import { GradeBadge } from '../../../components/incident/GradeBadge';
import { IncidentClocks } from '../../../components/incident/IncidentClocks';
import { CloseIncidentSheet } from '../../../components/incident/CloseIncidentSheet';

type Sheet = 'note' | 'recordPlan' | 'link' | 'close' | null;
type Command = IncidentActionBody extends infer B ? (B extends { version: number } ? Omit<B, 'version'> : never) : never;

/** One major incident: its clocks, roster, timeline and linked tickets; the roster responds, the desk and managers run it. */
export default function IncidentPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [incident, setIncident] = useState<IncidentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sheet, setSheet] = useState<Sheet>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const commander = hasRole('dispatcher') || hasRole('manager');
  const me = currentUser()?.id;

  async function load() {
    try {
      setIncident(await incidentApi.get(id));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  useDidShow(() => {
    if (ensureSignedIn(INCIDENT_SCREENS.incident(id))) void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  /** Sends one command at the version shown; a sheet's caller sees a refusal in the sheet (it rethrows). */
  async function act(command: Command, fromSheet = false) {
    if (!incident) return;
    setBusy(command.action);
    const send = (version: number) => incidentApi.act(id, { ...command, version } as IncidentActionBody);
    try {
      // Someone else moved it on meanwhile (the roster acknowledges while the desk types): the
      // commands add to the incident, so read it again and send once more at its new version.
      const next = await send(incident.version).catch(async (err: unknown) => {
        if (!(err instanceof ApiError) || err.status !== 409) throw err;
        return send((await incidentApi.get(id)).version);
      });
      setIncident(next);
      setSheet(null);
      toast(t('incident.done'));
    } catch (err) {
      if (fromSheet) throw err;
      toast(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  if (!incident) return <LoadState error={error} onRetry={() => void load()} />;
  const open = incident.status === 'open';
  const mine = incident.roster.find((p) => p.id === me);

  return (
    <View className="page page--wide" data-testid="incident-page">
      <View className="card">
        <View className="card-title">
          <GradeBadge grade={incident.grade} />
          <Text data-testid="incident-title">{incident.title}</Text>
        </View>
        <View className="muted" data-testid="incident-status">
          {incident.number} · {t(`incident.status.${incident.status}`)} · {formatTime(incident.declaredAt)} · {incident.declaredBy.name}
        </View>
        <View className="muted">{incident.places.map((p) => p.name).join('、')}</View>
        {incident.description ? <View>{incident.description}</View> : null}
        <IncidentClocks clocks={incident.clocks} open={open} />
      </View>

      {open ? (
        <View className="action-bar" data-testid="incident-actions">
          {!mine?.acknowledgedAt ? (
            <Button type="primary" loading={busy === 'acknowledge'} data-testid="incident-acknowledge" onClick={() => void act({ action: 'acknowledge' })}>
              {t('incident.action.acknowledge')}
            </Button>
          ) : null}
          {!mine?.onSiteAt ? (
            <Button loading={busy === 'onSite'} data-testid="incident-on-site" onClick={() => void act({ action: 'onSite' })}>
              {t('incident.action.onSite')}
            </Button>
          ) : null}
          {commander ? (
            <>
              <Button data-testid="incident-note" onClick={() => setSheet('note')}>{t('incident.action.note')}</Button>
              <Button data-testid="incident-plan" onClick={() => setSheet('recordPlan')}>{t('incident.action.recordPlan')}</Button>
              <Button data-testid="incident-link" onClick={() => setSheet('link')}>{t('incident.action.link')}</Button>
              <Button type="danger" fill="outline" data-testid="incident-close" onClick={() => setSheet('close')}>{t('incident.action.close')}</Button>
            </>
          ) : null}
        </View>
      ) : null}

      {incident.plan ? (
        <View className="card">
          <View className="card-title">{t('incident.plan')}</View>
          <View data-testid="incident-plan-text">{incident.plan}</View>
        </View>
      ) : null}

      {incident.report ? (
        <View className="card" data-testid="incident-report">
          <View className="card-title">{t('incident.report')}</View>
          <View>{t('incident.cause')}：{incident.report.cause}</View>
          <View>{t('incident.summary')}：{incident.report.summary}</View>
          <View className="muted">{t('incident.duration', { minutes: incident.report.durationMinutes })}</View>
          <View className="muted">{[...incident.report.places, ...incident.report.devices].map((p) => p.name).join('、')}</View>
        </View>
      ) : null}

      <View className="card" data-testid="incident-roster">
        <View className="card-title">{t('incident.roster')}</View>
        <CellGroup>
          {incident.roster.map((p) => (
            <Cell
              key={p.id}
              title={p.name}
              extra={p.onSiteAt ? `${t('incident.onSite')} ${formatTime(p.onSiteAt)}` : p.acknowledgedAt ? `${t('incident.acknowledged')} ${formatTime(p.acknowledgedAt)}` : t('incident.waiting')}
            />
          ))}
        </CellGroup>
      </View>

      <View className="card" data-testid="incident-linked">
        <View className="card-title">{t('incident.linked')}</View>
        {incident.linkedTickets.length === 0 ? <View className="muted">{t('incident.noLinked')}</View> : null}
        <CellGroup>
          {incident.linkedTickets.map((x) => (
            <Cell
              key={x.id}
              title={x.number}
              description={x.locationName}
              clickable
              onClick={() => void Taro.navigateTo({ url: commander ? SCREENS.deskTicket(x.id) : `/pages/ticket/index?id=${encodeURIComponent(x.id)}` })}
              extra={
                <View>
                  <Text>{x.status ? t(`status.${x.status}`) : ''}</Text>
                  {open && commander ? (
                    <Text
                      className="link"
                      data-testid={`incident-unlink-${x.id}`}
                      onClick={(e) => {
                        e.stopPropagation();
                        void act({ action: 'unlink', ticketId: x.id });
                      }}
                    >
                      {' '}
                      {t('incident.action.unlink')}
                    </Text>
                  ) : null}
                </View>
              }
            />
          ))}
        </CellGroup>
      </View>

      <View className="card" data-testid="incident-timeline">
        <View className="card-title">{t('incident.timeline')}</View>
        {incident.timeline.map((e, i) => (
          <View key={`${e.at}-${i}`} className="timeline-entry" data-testid="incident-event">
            <Text className="muted">{formatTime(e.at)} </Text>
            <Text>{t(`incident.event.${e.type}`)}</Text>
            <Text> · {e.actor?.name ?? t('incident.system')}</Text>
            {e.ticketNumber ? <Text> · {e.ticketNumber}</Text> : null}
            {e.text ? <View className="muted">{e.text}</View> : null}
          </View>
        ))}
      </View>

      <ReasonSheet visible={sheet === 'note'} title={t('incident.action.note')} onClose={() => setSheet(null)} onConfirm={(text) => act({ action: 'note', text }, true)} />
      <ReasonSheet visible={sheet === 'recordPlan'} title={t('incident.action.recordPlan')} onClose={() => setSheet(null)} onConfirm={(text) => act({ action: 'recordPlan', text }, true)} />
      <ReasonSheet visible={sheet === 'link'} title={t('incident.action.link')} placeholder={t('incident.linkPlaceholder')} onClose={() => setSheet(null)} onConfirm={(ticketId) => act({ action: 'link', ticketId }, true)} />
      <CloseIncidentSheet visible={sheet === 'close'} onClose={() => setSheet(null)} onConfirm={(report) => act({ action: 'close', report }, true)} />
    </View>
  );
}
