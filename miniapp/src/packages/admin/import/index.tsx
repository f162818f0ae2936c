import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useDidShow } from '@tarojs/taro';
import type { ErrorDetail } from '@contract/common';
import { pick, t } from '../../../i18n';
import { platform } from '../../../platform';
import { adminApi, type CsvKind } from '../../../services/adminApi';
import { ApiError, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { hasRole } from '../../../services/roles';
import { splitProblemField, templateOf } from '../components/csvTemplates';
import './index.scss';

const KINDS: readonly CsvKind[] = ['locations', 'assets', 'users'];

/** CSV import and export of places, devices and people: every bad row shown with its line; nothing imported until the file is clean. */
export default function ImportPage() {
  const [kind, setKind] = useState<CsvKind>('locations');
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const [problems, setProblems] = useState<ErrorDetail[]>([]);
  const [error, setError] = useState<string | null>(null);
  useDidShow(() => void ensureSignedIn('/packages/admin/import/index'));
  // People are the admin's; the desk keeps places and devices.
  const kinds = hasRole('admin') ? KINDS : KINDS.filter((k) => k !== 'users');

  function choose(k: CsvKind) {
    setKind(k);
    setSummary(null);
    setProblems([]);
    setError(null);
  }

  async function importFile() {
    const file = await platform.chooseTextFile(['csv']);
    if (!file) return;
    setBusy(true);
    setSummary(null);
    setProblems([]);
    setError(null);
    try {
      const r = await adminApi.importCsv(kind, file.text);
      setSummary(t('import.done', { file: file.name, created: r.created, updated: r.updated, labels: r.labelsIssued }));
    } catch (err) {
      if (err instanceof ApiError && err.details.length > 0) {
        setError(err.userMessage);
        setProblems(err.details);
      } else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function exportAll() {
    try {
      await platform.saveTextFile(`${kind}.csv`, await adminApi.exportCsv(kind));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <View className="page page--wide import-page">
      <Text className="import-page__title">{t('import.title')}</Text>
      <View className="chips">
        {kinds.map((k) => (
          <View key={k} className={`chip ${k === kind ? 'chip--active' : ''}`} data-testid={`import-kind-${k}`} onClick={() => choose(k)}>
            {t(`import.kind.${k}`)}
          </View>
        ))}
      </View>
      <View className="muted import-page__hint">{t('import.hint')}</View>
      <View className="import-page__buttons">
        <Button type="primary" loading={busy} data-testid="import-choose" onClick={() => void importFile()}>
          {t('import.choose')}
        </Button>
        <Button fill="outline" data-testid="import-template" onClick={() => void platform.saveTextFile(`${kind}-template.csv`, templateOf(kind))}>
          {t('import.template')}
        </Button>
        <Button fill="outline" data-testid="import-export" onClick={() => void exportAll()}>
          {t('import.export')}
        </Button>
      </View>
      {summary ? <View className="import-page__done" data-testid="import-done">{summary}</View> : null}
      {error ? <View className="field-error" data-testid="import-error">{error}</View> : null}
      {problems.length > 0 ? (
        <View className="import-problems" data-testid="import-problems">
          <View className="import-problem import-problem--head">
            <Text>{t('import.col.line')}</Text>
            <Text>{t('import.col.field')}</Text>
            <Text>{t('import.col.message')}</Text>
          </View>
          {problems.map((p, i) => {
            const where = splitProblemField(p.field);
            return (
              <View key={i} className="import-problem" data-testid={`import-problem-${where.line ?? 0}`}>
                <Text>{where.line ?? '—'}</Text>
                <Text>{where.field}</Text>
                <Text>{pick(p.messageZh, p.message)}</Text>
              </View>
            );
          })}
        </View>
      ) : null}
    </View>
  );
}
