import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { Vendor } from '@contract/vendors';
import { getLocale, pick, t } from '../../../i18n';
import { ApiError, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { loadBuildings } from '../../../services/catalog';
import { toast } from '../../../components/toast';
import { adminApi } from '../services/adminApi';
import { vendorApi } from '../services/vendorApi';
import { ADMIN_SCREENS } from '../components/adminLinks';
import type { Choice } from '../components/vendor/ChoiceChips';
import { VendorForm } from '../components/vendor/VendorForm';
import { newVendorDraft, vendorBodyOf, vendorDraftOf, type VendorDraft } from '../components/vendor/vendorDraft';
import '../components/admin.scss';
import '../components/vendor/vendor.scss';

/** One vendor to register (no id) or edit with its contract, and retire. */
export default function VendorPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : null;
  const [vendor, setVendor] = useState<Vendor | null>(null);
  const [choices, setChoices] = useState<{ categories: Choice<string>[]; buildings: Choice<string>[] } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useDidShow(() => {
    if (!ensureSignedIn(ADMIN_SCREENS.vendor(id ?? undefined)) || choices) return;
    Promise.all([adminApi.listCategories(), loadBuildings(), id ? vendorApi.get(id) : Promise.resolve(null)]).then(
      ([categories, buildings, found]) => {
        const en = getLocale() === 'en';
        setChoices({
          categories: categories.items.filter((c) => !c.retired).map((c) => ({ value: c.code, label: en ? c.nameEn : c.nameZh })),
          buildings: buildings.map((b) => ({ value: b.id, label: b.name })),
        });
        setVendor(found);
      },
      (err: unknown) => setLoadError(errorMessage(err)),
    );
  });

  async function save(draft: VendorDraft) {
    setBusy(true);
    setErrors({});
    try {
      const { id: newId, ...fields } = vendorBodyOf(draft);
      const saved = vendor ? await vendorApi.update(vendor.id, { ...fields, version: vendor.version }) : await vendorApi.create({ id: newId, ...fields });
      setVendor(saved);
      toast(t('vendors.saved'));
      if (!id) void Taro.redirectTo({ url: ADMIN_SCREENS.vendor(saved.id) });
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldMessages() : {};
      setErrors({ ...fields, form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  async function retire() {
    if (!vendor) return;
    const answer = await Taro.showModal({ title: t('people.confirmTitle'), content: t('vendors.retireConfirm', { name: pick(vendor.nameZh, vendor.nameEn) }), confirmText: t('common.confirm'), cancelText: t('common.cancel') });
    if (!answer.confirm) return;
    try {
      setVendor(await vendorApi.retire(vendor.id, vendor.version));
      toast(t('vendors.retiredDone'));
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    }
  }

  if (loadError) return <View className="page field-error">{loadError}</View>;
  if (!choices) return <View className="page center-state">{t('common.loading')}</View>;
  return (
    <View className="page page--wide admin-page">
      <View className="admin-page__top">
        <Text className="admin-page__title" data-testid="vendor-title">{vendor ? `${pick(vendor.nameZh, vendor.nameEn)} · ${vendor.id}` : t('vendors.create')}</Text>
        {vendor && !vendor.retired ? (
          <Button size="small" type="danger" fill="outline" data-testid="vendor-retire" onClick={() => void retire()}>
            {t('vendors.retire')}
          </Button>
        ) : null}
      </View>
      {vendor?.retired ? <View className="muted">{t('vendors.retired')}</View> : null}
      <VendorForm
        key={`${vendor?.id ?? 'new'}-${vendor?.version ?? 0}`}
        initial={vendor ? vendorDraftOf(vendor) : newVendorDraft()}
        isNew={!vendor}
        categories={choices.categories}
        buildings={choices.buildings}
        busy={busy}
        errors={errors}
        onSave={(d) => void save(d)}
      />
    </View>
  );
}
