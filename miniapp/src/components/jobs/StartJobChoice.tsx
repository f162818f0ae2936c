import { useEffect, useRef, useState } from 'react';
import { View, Text, Input } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { JobTemplate } from '@contract/jobs';
import { pick, t } from '../../i18n';
import { errorMessage } from '../../services/api';
import { newIdempotencyKey } from '../../services/idempotency';
import { jobsApi, jobScreen } from '../../services/jobs';
import { currentUser } from '../../services/session';
import { toast } from '../toast';
import './StartJobChoice.scss';

type Place = { qrCode: string } | { locationId: string };

/**
 * 一键协同 · Multi-team job: the templates offered at a place (a scanned room label, or the place
 * the desk picked), each started with one tap — one job, one ticket per team. Shows nothing where
 * none is offered, and to guests (they may only report).
 */
export function StartJobChoice({ place, placeName }: { place: Place; placeName: string }) {
  const [templates, setTemplates] = useState<JobTemplate[]>([]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  // One key per template until it is started: a retry after a lost answer finishes the same job.
  const keys = useRef(new Map<string, string>());
  const staff = currentUser()?.kind === 'staff';
  const placeKey = 'qrCode' in place ? place.qrCode : place.locationId;

  useEffect(() => {
    setTemplates([]);
    if (staff) jobsApi.templatesAt(place).then((list) => setTemplates(list.items), () => undefined);
  }, [placeKey, staff]);

  if (templates.length === 0) return null;

  async function start(template: JobTemplate) {
    const ok = await Taro.showModal({ title: t('jobs.start.title'), content: t('jobs.start.confirm', { name: pick(template.name.zh, template.name.en), place: placeName, n: template.parts.length }) });
    if (!ok.confirm) return;
    const key = keys.current.get(template.id) ?? newIdempotencyKey();
    keys.current.set(template.id, key);
    setBusy(template.id);
    try {
      const job = await jobsApi.startJob({ templateId: template.id, ...place, ...(note.trim() ? { note: note.trim() } : {}), idempotencyKey: key });
      keys.current.delete(template.id);
      toast(t('jobs.start.started'));
      void Taro.navigateTo({ url: jobScreen(job.id) });
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <View className="card start-job" data-testid="start-job">
      <View className="card-title">{t('jobs.start.title')}</View>
      <View className="muted">{t('jobs.start.hint')}</View>
      <Input className="start-job__note" placeholder={t('jobs.start.note')} maxlength={500} value={note} onInput={(e) => setNote(e.detail.value)} data-testid="start-job-note" />
      {templates.map((template) => (
        <View key={template.id} className="start-job__template">
          <Text>{pick(template.name.zh, template.name.en)}</Text>
          <Button type="primary" size="small" loading={busy === template.id} disabled={busy !== null} onClick={() => void start(template)} data-testid="start-job-button">
            {t('jobs.start.button')}
          </Button>
        </View>
      ))}
    </View>
  );
}
