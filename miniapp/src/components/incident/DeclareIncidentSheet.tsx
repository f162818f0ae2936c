import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input, Popup, TextArea } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { Category, LocationNode } from '@contract/catalog';
import { INCIDENT_GRADES, type IncidentGrade } from '@contract/incidents';
import type { Ticket } from '@contract/tickets';
import { pick, t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import { loadCategories } from '../../services/catalog';
import { incidentApi, INCIDENT_SCREENS } from '../../services/incidents';
import { toast } from '../toast';
import { placesOfRoom } from './placesOfRoom';
import '../ReasonSheet.scss';

interface Props {
  ticket: Ticket;
  visible: boolean;
  onClose: () => void;
}

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
const PLACE_LABEL = { room: 'incident.placeRoom', floor: 'incident.placeFloor', building: 'incident.placeBuilding' } as const;

/** 升级为重大事件: grade, title, categories and places prefilled from the ticket; the ticket is linked. */
export function DeclareIncidentSheet({ ticket, visible, onClose }: Props) {
  const [grade, setGrade] = useState<IncidentGrade>('II');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [categories, setCategories] = useState<Category[]>([]);
  const [codes, setCodes] = useState<string[]>([ticket.categoryCode]);
  const [places, setPlaces] = useState<LocationNode[]>([]);
  const [placeIds, setPlaceIds] = useState<string[]>([ticket.location.id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!visible) return;
    setTitle((now) => now || `${ticket.location.name} ${ticket.description}`.slice(0, 80));
    void loadCategories().then(setCategories, () => setCategories([]));
    void api.listLocations().then(
      (tree) => setPlaces(placesOfRoom(tree.items, ticket.location.id)),
      () => setPlaces([]),
    );
  }, [visible, ticket]);

  async function declare() {
    if (busy || !title.trim() || codes.length === 0 || placeIds.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const incident = await incidentApi.declare({ grade, title: title.trim(), description: description.trim() || undefined, categoryCodes: codes, placeIds, fromTicketId: ticket.id });
      toast(t('incident.declared'));
      onClose();
      void Taro.navigateTo({ url: INCIDENT_SCREENS.incident(incident.id) });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Popup visible={visible} position="bottom" round title={t('incident.declareTitle')} closeable onClose={onClose} className="reason-sheet">
      <View className="reason-sheet__body" data-testid="declare-incident-sheet">
        <View className="card-title">{t('incident.grade')}</View>
        <View className="chips" role="radiogroup">
          {INCIDENT_GRADES.map((g) => (
            <View key={g} role="radio" aria-checked={grade === g} className={`chip ${grade === g ? 'chip--active' : ''}`} data-testid={`incident-grade-${g}`} onClick={() => setGrade(g)}>
              {t(`incident.grade.${g}`)}
            </View>
          ))}
        </View>
        <View className="muted">{t(`incident.gradeHint.${grade}`)}</View>
        <View className="card-title">{t('incident.title')}</View>
        <Input name="incident-title" value={title} placeholder={t('incident.titlePlaceholder')} maxLength={80} onChange={setTitle} />
        <View className="card-title">{t('incident.categories')}</View>
        <View className="chips">
          {(categories.length ? categories : [{ code: ticket.categoryCode, nameZh: ticket.categoryCode, nameEn: ticket.categoryCode }]).map((c) => (
            <View key={c.code} role="checkbox" aria-checked={codes.includes(c.code)} className={`chip ${codes.includes(c.code) ? 'chip--active' : ''}`} data-testid={`incident-category-${c.code}`} onClick={() => setCodes((now) => toggle(now, c.code).slice(0, 10))}>
              {pick(c.nameZh, c.nameEn)}
            </View>
          ))}
        </View>
        <View className="card-title">{t('incident.places')}</View>
        <View className="chips">
          {(places.length ? places : [{ id: ticket.location.id, name: ticket.location.name, type: 'room' as const }]).map((p) => (
            <View key={p.id} role="checkbox" aria-checked={placeIds.includes(p.id)} className={`chip ${placeIds.includes(p.id) ? 'chip--active' : ''}`} data-testid={`incident-place-${p.id}`} onClick={() => setPlaceIds((now) => toggle(now, p.id))}>
              {p.type in PLACE_LABEL ? `${t(PLACE_LABEL[p.type as keyof typeof PLACE_LABEL])} · ` : ''}
              {p.name}
            </View>
          ))}
        </View>
        <TextArea className="reason-sheet__input" value={description} placeholder={t('incident.description')} maxLength={1000} onChange={setDescription} />
        {error ? <View className="field-error" data-testid="declare-error">{error}</View> : null}
        <Button type="danger" block disabled={busy || !title.trim() || codes.length === 0 || placeIds.length === 0} loading={busy} data-testid="declare-incident-confirm" onClick={() => void declare()} className="reason-sheet__confirm">
          {t('incident.declareConfirm')}
        </Button>
      </View>
    </Popup>
  );
}
