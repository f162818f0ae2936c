import { useEffect, useMemo, useState } from 'react';
import { View, Text, Picker } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { Category } from '@contract/catalog';
import { pick, t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { loadBuildings, loadCategories } from '../../../services/catalog';
import { SCREENS } from '../../../services/roles';
import { openWorkbook, type WorkbookRef } from '../../../services/workbook';
import { toast } from '../../../components/toast';
import { ManagerDashboard } from '../components/ManagerDashboard';
import { PlannedSection } from '../components/PlannedSection';
import { customPeriod, periodOf, workbookFor, type Period, type PeriodKind } from '../components/period';
import './index.scss';

const KINDS: PeriodKind[] = ['month', 'lastMonth', 'quarter', 'custom'];

/** The manager's dashboard (phone in WeChat, and the PC browser through the H5 build). */
export default function DashboardPage() {
  const [period, setPeriod] = useState<Period>(() => periodOf('month'));
  const [building, setBuilding] = useState<string | undefined>();
  const [category, setCategory] = useState<string | undefined>();
  const [buildings, setBuildings] = useState<{ id: string; name: string }[]>([]);
  const [categories, setCategories] = useState<Category[]>([]);
  const [reloadKey, setReloadKey] = useState(0);
  const [downloading, setDownloading] = useState<string | null>(null);
  const [signedIn, setSignedIn] = useState(false);

  useDidShow(() => {
    if (ensureSignedIn(SCREENS.managerDashboard)) setSignedIn(true);
  });
  usePullDownRefresh(() => {
    setReloadKey((n) => n + 1);
    void Taro.stopPullDownRefresh();
  });
  useEffect(() => {
    if (!signedIn) return;
    loadBuildings().then(setBuildings, () => undefined);
    loadCategories().then(setCategories, () => undefined);
  }, [signedIn]);

  const categoryName = useMemo(() => {
    const names = new Map(categories.map((c) => [c.code, pick(c.nameZh, c.nameEn)]));
    return (code: string) => names.get(code) ?? code;
  }, [categories]);

  function choose(kind: PeriodKind) {
    setPeriod(kind === 'custom' ? customPeriod(period.from, period.to) : periodOf(kind));
  }

  async function download(ref: WorkbookRef) {
    const key = ref.kind === 'monthly' ? ref.month : ref.quarter;
    setDownloading(key);
    try {
      await openWorkbook(ref);
      toast(t('dash.workbook.done'));
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setDownloading(null);
    }
  }

  const buildingNames = [t('dash.filter.allBuildings'), ...buildings.map((b) => b.name)];
  const categoryNames = [t('dash.filter.allCategories'), ...categories.map((c) => pick(c.nameZh, c.nameEn))];
  const monthly = { kind: 'monthly', month: period.to.slice(0, 7) } as const;
  const quarterly = workbookFor({ ...period, kind: 'quarter' });
  const primary = workbookFor(period).kind;

  return (
    <View className="page dash-page">
      <View className="dash-head">
        <Text className="dash-head__title">{t('dash.title')}</Text>
        <Text className="muted">{t('dash.period.range', { from: period.from, to: period.to })}</Text>
      </View>

      <View className="card dash-filters" data-testid="dash-filters">
        <View className="seg" data-testid="period-picker">
          {KINDS.map((k) => (
            <View key={k} className={`seg__item${period.kind === k ? ' seg__item--on' : ''}`} data-testid={`period-${k}`} onClick={() => choose(k)}>
              {t(`dash.period.${k}`)}
            </View>
          ))}
        </View>
        {period.kind === 'custom' ? (
          <View className="dash-filters__row">
            <Picker mode="date" value={period.from} end={period.to} onChange={(e) => setPeriod(customPeriod(String(e.detail.value), period.to))}>
              <View className="select" data-testid="custom-from">
                {t('dash.period.from')} {period.from}
              </View>
            </Picker>
            <Picker mode="date" value={period.to} start={period.from} onChange={(e) => setPeriod(customPeriod(period.from, String(e.detail.value)))}>
              <View className="select" data-testid="custom-to">
                {t('dash.period.to')} {period.to}
              </View>
            </Picker>
          </View>
        ) : null}
        <View className="dash-filters__row">
          <Picker mode="selector" range={buildingNames} value={Math.max(0, buildings.findIndex((b) => b.id === building) + 1)} onChange={(e) => setBuilding(buildings[Number(e.detail.value) - 1]?.id)}>
            <View className="select" data-testid="filter-building">
              {t('dash.filter.building')}：{buildings.find((b) => b.id === building)?.name ?? t('dash.filter.allBuildings')}
            </View>
          </Picker>
          <Picker mode="selector" range={categoryNames} value={Math.max(0, categories.findIndex((c) => c.code === category) + 1)} onChange={(e) => setCategory(categories[Number(e.detail.value) - 1]?.code)}>
            <View className="select" data-testid="filter-category">
              {t('dash.filter.category')}：{category ? categoryName(category) : t('dash.filter.allCategories')}
            </View>
          </Picker>
        </View>
      </View>

      {signedIn ? <ManagerDashboard filters={{ period, building, category }} categoryName={categoryName} reloadKey={reloadKey} /> : null}
      {signedIn ? <PlannedSection month={period.to.slice(0, 7)} reloadKey={reloadKey} /> : null}

      <View className="card dash-export" data-testid="workbook">
        <View className="card-title">
          {t('dash.workbook.title')}
          <Text className="card-title__extra">{t('dash.workbook.hint')}</Text>
        </View>
        <View className="dash-export__buttons">
          <Button type={primary === 'monthly' ? 'primary' : 'default'} loading={downloading === monthly.month} data-testid="download-monthly" onClick={() => void download(monthly)}>
            {t('dash.workbook.monthly', { month: monthly.month })}
          </Button>
          {quarterly.kind === 'quarterly' ? (
            <Button type={primary === 'quarterly' ? 'primary' : 'default'} loading={downloading === quarterly.quarter} data-testid="download-quarterly" onClick={() => void download(quarterly)}>
              {t('dash.workbook.quarterly', { quarter: quarterly.quarter })}
            </Button>
          ) : null}
        </View>
      </View>
    </View>
  );
}
