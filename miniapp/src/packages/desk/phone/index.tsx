import { useRef, useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import type { Asset, Category } from '@contract/catalog';
import type { TicketChannel, Urgency } from '@contract/enums';
import type { PlaceMatch } from '@contract/places';
import type { CreateTicketBody } from '@contract/tickets';
import { pick, t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { loadCategories } from '../../../services/catalog';
import { SubmissionKeys } from '../../../services/idempotency';
import { SCREENS } from '../../../services/roles';
import { PlacePicker } from '../../../components/desk/PlacePicker';
import { StartJobChoice } from '../../../components/jobs/StartJobChoice';
import { toast } from '../../../components/toast';
import './index.scss';

const CHANNELS: TicketChannel[] = ['phone', 'walk_in', 'wechat'];
const URGENCIES: Urgency[] = ['normal', 'urgent', 'emergency'];

interface Caller {
  name: string;
  phone: string;
  department: string;
}

/** 电话报修: the desk enters a report for a caller — the place found by name, code or pinyin initials, the device, who called. */
export default function DeskPhoneReportPage() {
  const [channel, setChannel] = useState<TicketChannel>('phone');
  const [place, setPlace] = useState<PlaceMatch | null>(null);
  const [asset, setAsset] = useState<Asset | null>(null);
  const [categories, setCategories] = useState<Category[]>([]);
  const [categoryCode, setCategoryCode] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [caller, setCaller] = useState<Caller>({ name: '', phone: '', department: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const keys = useRef(new SubmissionKeys());

  useDidShow(() => {
    if (!ensureSignedIn(SCREENS.deskPhoneReport)) return;
    loadCategories().then(setCategories, (err: unknown) => setProblem(errorMessage(err)));
  });

  function chooseAsset(next: Asset | null) {
    setAsset(next);
    // A device says its trade: 电梯 → elevator.
    if (next) setCategoryCode(next.categoryCode);
  }

  function draftProblem(): string | null {
    if (!place) return t('hotline.err.place');
    if (!categoryCode) return t('report.err.category');
    if (!description.trim()) return t('report.err.description');
    if (!caller.name.trim() || !caller.phone.trim()) return t('hotline.err.caller');
    return null;
  }

  async function submit() {
    const found = draftProblem();
    setProblem(found);
    if (found || !place || !categoryCode) return;
    const body: CreateTicketBody = {
      locationId: place.id,
      ...(asset ? { assetId: asset.id } : {}),
      categoryCode,
      description: description.trim(),
      urgency,
      photoKeys: [],
      channel,
      caller: { name: caller.name.trim(), phone: caller.phone.trim(), ...(caller.department.trim() ? { department: caller.department.trim() } : {}) },
    };
    setBusy(true);
    try {
      const ticket = await api.createTicket(body, keys.current.keyFor(body));
      toast(t('hotline.created', { number: ticket.number }));
      void Taro.redirectTo({ url: SCREENS.deskTicket(ticket.id) });
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: keyof Caller, label: string, max: number) => (
    <View data-testid={`caller-${key}`}>
      <Input value={caller[key]} placeholder={label} maxLength={max} type={key === 'phone' ? 'tel' : 'text'} onChange={(v) => setCaller((c) => ({ ...c, [key]: v }))} />
    </View>
  );

  return (
    <View className="page page--wide desk-phone">
      <View className="card">
        <View className="card-title">{t('hotline.channel')}</View>
        <View className="chips" data-testid="channels">
          {CHANNELS.map((c) => (
            <View key={c} className={`chip ${channel === c ? 'chip--active' : ''}`} onClick={() => setChannel(c)}>
              {t(`channel.${c}`)}
            </View>
          ))}
        </View>
      </View>
      <View className="desk-phone__columns">
        <View className="card">
          <View className="card-title">{t('hotline.place')}</View>
          <PlacePicker place={place} asset={asset} onPlace={setPlace} onAsset={chooseAsset} />
        </View>
        {/* 发起协同任务: the templates offered at the place picked (the desk starts one anywhere). */}
        {place ? <StartJobChoice place={{ locationId: place.id }} placeName={place.name} /> : null}
        <View className="card">
          <View className="card-title">{t('hotline.caller')}</View>
          <View className="desk-phone__caller">
            {field('name', t('hotline.callerName'), 40)}
            {field('phone', t('hotline.callerPhone'), 20)}
            {field('department', t('hotline.callerDept'), 60)}
          </View>
        </View>
      </View>
      <View className="card">
        <View className="card-title">{t('report.category')}</View>
        <View className="chips" data-testid="categories">
          {categories.map((c) => (
            <View key={c.code} className={`chip ${categoryCode === c.code ? 'chip--active' : ''}`} data-testid={`category-${c.code}`} onClick={() => setCategoryCode(c.code)}>
              {pick(c.nameZh, c.nameEn)}
            </View>
          ))}
        </View>
        <View className="card-title">{t('report.urgency')}</View>
        <View className="chips" data-testid="urgencies">
          {URGENCIES.map((u) => (
            <View key={u} className={`chip ${urgency === u ? 'chip--active' : ''}`} onClick={() => setUrgency(u)}>
              {t(`urgency.${u}`)}
            </View>
          ))}
        </View>
        <View className="card-title">{t('report.description')}</View>
        <View data-testid="description">
          <TextArea value={description} placeholder={t('report.descriptionPlaceholder')} maxLength={500} onChange={setDescription} />
        </View>
      </View>
      {problem ? <View className="field-error" data-testid="phone-report-error">{problem}</View> : null}
      <Button className="desk-phone__submit" type="primary" block loading={busy} disabled={busy} data-testid="phone-report-submit" onClick={() => void submit()}>
        {t('report.submit')}
      </Button>
    </View>
  );
}
