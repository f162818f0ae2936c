import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { JobTemplate } from '@contract/jobs';
import { pick, t } from '../../../i18n';
import { ApiError, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { jobsApi } from '../../../services/jobs';
import { toast } from '../../../components/toast';
import { ADMIN_SCREENS } from '../components/adminLinks';
import { JobTemplateForm, newJobTemplateDraft, type JobTemplateDraft } from '../components/JobTemplateForm';
import '../components/admin.scss';

/** One multi-team job template to create (no id) or edit (a version check: 409 if someone saved first), and retire. */
export default function JobTemplatePage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : null;
  const [template, setTemplate] = useState<JobTemplate | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useDidShow(() => {
    if (!ensureSignedIn(ADMIN_SCREENS.jobTemplate(id ?? undefined)) || !id || template) return;
    jobsApi.allTemplates().then(
      (list) => {
        const found = list.items.find((x) => x.id === id);
        if (found) setTemplate(found);
        else setLoadError(t('jobs.templates.empty'));
      },
      (err: unknown) => setLoadError(errorMessage(err)),
    );
  });

  async function save(draft: JobTemplateDraft) {
    setBusy(true);
    setErrors({});
    try {
      const saved = template ? await jobsApi.updateTemplate(template.id, { ...draft, version: template.version }) : await jobsApi.createTemplate(draft);
      setTemplate(saved);
      toast(t('jobs.template.saved'));
      if (!id) void Taro.redirectTo({ url: ADMIN_SCREENS.jobTemplate(saved.id) });
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldMessages() : {};
      setErrors({ ...fields, form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  async function retire() {
    if (!template) return;
    const answer = await Taro.showModal({ title: t('jobs.template.retire'), content: pick(template.name.zh, template.name.en), confirmText: t('common.confirm'), cancelText: t('common.cancel') });
    if (!answer.confirm) return;
    try {
      setTemplate(await jobsApi.retireTemplate(template.id, template.version));
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    }
  }

  if (loadError) return <View className="page field-error">{loadError}</View>;
  if (id && !template) return <View className="page center-state">{t('common.loading')}</View>;
  const initial = template ? { name: template.name, parts: template.parts, offeredAt: template.offeredAt } : newJobTemplateDraft();
  return (
    <View className="page page--wide admin-page">
      <View className="admin-page__top">
        <Text className="admin-page__title">{template ? pick(template.name.zh, template.name.en) : t('jobs.templates.create')}</Text>
        {template && !template.retired ? (
          <Button size="small" type="danger" fill="outline" data-testid="job-template-retire" onClick={() => void retire()}>
            {t('jobs.template.retire')}
          </Button>
        ) : null}
      </View>
      {template?.retired ? <View className="muted">{t('jobs.templates.retired')}</View> : null}
      <JobTemplateForm key={`${template?.id ?? 'new'}-${template?.version ?? 0}`} initial={initial} busy={busy} errors={errors} onSave={(d) => void save(d)} />
    </View>
  );
}
