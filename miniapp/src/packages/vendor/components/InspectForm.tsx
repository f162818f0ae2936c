import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { SpotCheck } from '@contract/spotChecks';
import { platform, type PickedImage } from '../../../platform';
import { t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { PhotoUploadError, screenPicked, uploadPhotos } from '../../../services/photos';
import { spotCheckApi } from '../../../services/spotChecks';
import { PhotoPicker } from '../../../components/report/PhotoPicker';
import { toast } from '../../../components/toast';

const MAX_NOTE = 500;
const MAX_PHOTOS = 9;

/** The on-site inspection of one drawn job: pass or fail, a note (required for a fail) and photos from the phone's camera. */
export function InspectForm({ check, onRecorded }: { check: SpotCheck; onRecorded: (check: SpotCheck) => void }) {
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<PickedImage[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function addPhotos() {
    try {
      const { photos: picked, refusal } = screenPicked(await platform.chooseImages(MAX_PHOTOS - photos.length));
      if (refusal) toast(refusal);
      setPhotos((p) => [...p, ...picked].slice(0, MAX_PHOTOS));
    } catch {
      // Camera/album refused: nothing to add.
    }
  }

  async function record(result: 'passed' | 'failed') {
    if (busy) return;
    if (result === 'failed' && !note.trim()) return setError(t('spot.noteRequired'));
    setBusy(true);
    setError(null);
    try {
      // Uploaded like a completion's photos (the same upload grant).
      const photoKeys = photos.length ? await uploadPhotos(photos, 'completion') : [];
      const recorded = await spotCheckApi.record(check.id, { result, note: note.trim(), photoKeys });
      toast(t('spot.saved'));
      onRecorded(recorded);
    } catch (err) {
      setError(err instanceof PhotoUploadError ? err.message : errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="spot-inspect" data-testid="spot-inspect">
      <TextArea value={note} placeholder={t('spot.notePlaceholder')} maxLength={MAX_NOTE} showCount autoSize onChange={setNote} data-testid="spot-note" />
      <View className="muted">{t('spot.photos')}</View>
      <PhotoPicker photos={photos} max={MAX_PHOTOS} onAdd={() => void addPhotos()} onRemove={(i) => setPhotos((p) => p.filter((_, j) => j !== i))} />
      {error ? <View className="field-error" data-testid="spot-error">{error}</View> : null}
      <View className="spot-row__actions">
        <Button size="small" type="success" disabled={busy} data-testid="spot-pass" onClick={() => void record('passed')}>
          {t('spot.pass')}
        </Button>
        <Button size="small" type="danger" disabled={busy} data-testid="spot-fail" onClick={() => void record('failed')}>
          {t('spot.fail')}
        </Button>
      </View>
    </View>
  );
}
