import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { AdminLocation } from '@contract/admin';
import type { Category } from '@contract/catalog';
import type { Plan } from '@contract/planned';
import { t } from '../../../i18n';
import { adminApi } from '../../../services/adminApi';
import { ApiError, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { hasRole } from '../../../services/roles';
import { loadCategories } from '../../../services/catalog';
import { plannedApi } from '../../../services/planned';
import { day, hospitalDate } from '../../../components/manager/format';
import { toast } from '../../../components/toast';
import { ADMIN_SCREENS } from '../components/adminLinks';
import { PlanForm } from '../components/plan/PlanForm';
import { draftOfBody, draftOfPlan, newPlanDraft, planBodyOf, type PlanDraft } from '../components/plan/planDraft';
import { planName } from '../components/plan/planText';
import '../components/admin.scss';

const decode = (v: string | undefined) => (v ? decodeURIComponent(v) : undefined);

/** The draft a new plan starts from: a suggestion's proposal, a device's own plan, or a blank monthly plan. */
async function startingDraft(q: { suggested?: string; asset?: string }): Promise<PlanDraft> {
  const today = day(hospitalDate());
  if (q.suggested) {
    const found = (await plannedApi.suggestions()).items.find((s) => s.assetType === q.suggested);
    if (found) return draftOfBody(found.proposed, today);
  }
  const draft = newPlanDraft(today);
  if (q.asset) {
    const asset = await adminApi.getAsset(q.asset);
    return { ...draft, asset: { id: asset.id, name: asset.name }, categoryCode: asset.categoryCode, criticality: asset.lifeSupport ? 'lifeSupport' : 'normal' };
  }
  return draft;
}

/** One plan to create (no id; perhaps from a suggestion or for a device) or edit, and retire. */
export default function PlanPage() {
  const { params } = useRouter();
  const id = decode(params.id);
  const suggested = decode(params.suggested);
  const assetId = decode(params.asset);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [initial, setInitial] = useState<PlanDraft | null>(null);
  const [places, setPlaces] = useState<AdminLocation[]>([]);
  const [categories, setCategories] = useState<Category[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useDidShow(() => {
    if (!ensureSignedIn(ADMIN_SCREENS.plan({ id, suggested, asset: assetId })) || initial) return;
    adminApi.listLocations().then((r) => setPlaces(r.items), () => undefined);
    loadCategories().then(setCategories, () => undefined);
    const loaded = id
      ? plannedApi.getPlan(id).then((p) => {
          setPlan(p);
          return draftOfPlan(p);
        })
      : startingDraft({ suggested, asset: assetId });
    loaded.then(setInitial, (err: unknown) => setLoadError(err instanceof ApiError && err.status === 404 ? t('plan.notFound') : errorMessage(err)));
  });

  async function save(draft: PlanDraft) {
    setBusy(true);
    setErrors({});
    try {
      const body = planBodyOf(draft);
      const saved = plan ? await plannedApi.updatePlan(plan.id, { ...body, version: plan.version }) : await plannedApi.createPlan(body);
      setPlan(saved);
      setInitial(draftOfPlan(saved));
      toast(t('plan.saved'));
      if (!plan) void Taro.redirectTo({ url: ADMIN_SCREENS.plan({ id: saved.id }) });
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldMessages() : {};
      setErrors({ ...fields, form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  async function retire() {
    if (!plan) return;
    const answer = await Taro.showModal({ title: t('plan.retire'), content: t('plan.retireConfirm', { name: planName(plan) }), confirmText: t('common.confirm'), cancelText: t('common.cancel') });
    if (!answer.confirm) return;
    try {
      setPlan(await plannedApi.retirePlan(plan.id, plan.version));
      toast(t('plan.retiredDone'));
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    }
  }

  // A manager creates plans (accepting a suggestion); editing and retiring them is the admin's.
  const mayEdit = !plan || hasRole('admin');
  if (loadError) return <View className="page field-error">{loadError}</View>;
  if (!initial) return <View className="page center-state">{t('common.loading')}</View>;
  return (
    <View className="page page--wide admin-page">
      <View className="admin-page__top">
        <Text className="admin-page__title" data-testid="plan-title">
          {plan ? planName(plan) : t(suggested ? 'plan.fromSuggestion' : 'plans.create')}
        </Text>
        {plan && !plan.retired && mayEdit ? (
          <Button size="small" type="danger" fill="outline" data-testid="plan-retire" onClick={() => void retire()}>
            {t('plan.retire')}
          </Button>
        ) : null}
      </View>
      {plan?.retired ? <View className="muted">{t('plans.retired')}</View> : null}
      {mayEdit ? null : <View className="section-note">{t('plan.adminEdits')}</View>}
      {plan?.nextDueOn ? <View className="muted" data-testid="plan-next-due">{t('plans.nextDue', { day: plan.nextDueOn })}</View> : null}
      <PlanForm key={`${plan?.id ?? 'new'}-${plan?.version ?? 0}`} initial={initial} places={places} categories={categories} busy={busy} errors={errors} readOnly={!mayEdit} onSave={(d) => void save(d)} />
    </View>
  );
}
