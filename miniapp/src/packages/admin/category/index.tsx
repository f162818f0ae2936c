import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { AdminCategory } from '@contract/admin';
import { t } from '../../../i18n';
import { ApiError, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { toast } from '../../../components/toast';
import { adminApi } from '../services/adminApi';
import { ADMIN_SCREENS } from '../components/adminLinks';
import { CategoryForm } from '../components/CategoryForm';
import { bodyOf, draftOf, newDraft, type CategoryDraft } from '../components/categoryDraft';
import '../components/admin.scss';

/** One category to create (no code given) or edit, and retire. */
export default function CategoryPage() {
  const { params } = useRouter();
  const code = params.code ? decodeURIComponent(params.code) : null;
  const [category, setCategory] = useState<AdminCategory | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useDidShow(() => {
    if (!ensureSignedIn(ADMIN_SCREENS.category(code ?? undefined)) || !code || category) return;
    adminApi.listCategories().then(
      (list) => {
        const found = list.items.find((c) => c.code === code);
        if (found) setCategory(found);
        else setLoadError(t('categories.notFound'));
      },
      (err: unknown) => setLoadError(errorMessage(err)),
    );
  });

  async function save(draft: CategoryDraft) {
    setBusy(true);
    setErrors({});
    try {
      const { code: newCode, ...fields } = bodyOf(draft);
      const saved = category ? await adminApi.updateCategory(category.code, { ...fields, version: category.version }) : await adminApi.createCategory({ code: newCode, ...fields });
      setCategory(saved);
      toast(t('categories.saved'));
      if (!code) void Taro.redirectTo({ url: ADMIN_SCREENS.category(saved.code) });
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldMessages() : {};
      setErrors(Object.keys(fields).length ? { ...fields, form: errorMessage(err) } : { form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  async function retire() {
    if (!category) return;
    const answer = await Taro.showModal({ title: t('people.confirmTitle'), content: t('categories.retireConfirm', { name: category.nameZh }), confirmText: t('common.confirm'), cancelText: t('common.cancel') });
    if (!answer.confirm) return;
    try {
      setCategory(await adminApi.retireCategory(category.code, category.version));
      toast(t('categories.retiredDone'));
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    }
  }

  if (loadError) return <View className="page field-error">{loadError}</View>;
  if (code && !category) return <View className="page center-state">{t('common.loading')}</View>;
  return (
    <View className="page page--wide admin-page">
      <View className="admin-page__top">
        <Text className="admin-page__title">{category ? `${category.nameZh} · ${category.code}` : t('categories.create')}</Text>
        {category && !category.retired ? (
          <Button size="small" type="danger" fill="outline" data-testid="category-retire" onClick={() => void retire()}>
            {t('categories.retire')}
          </Button>
        ) : null}
      </View>
      {category?.retired ? <View className="muted">{t('categories.retired')}</View> : null}
      <CategoryForm key={`${category?.code ?? 'new'}-${category?.version ?? 0}`} initial={category ? draftOf(category) : newDraft()} isNew={!category} busy={busy} errors={errors} onSave={(d) => void save(d)} />
    </View>
  );
}
