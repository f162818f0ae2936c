import { useRef, useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { AdminAsset } from '@contract/admin';
import { t } from '../../../../i18n';
import { adminApi } from '../../../../services/adminApi';

const MAX_SHOWN = 8;

/** Find a device in the ledger by part of its name, id, serial or model; a chip chooses it. */
export function DeviceSearch({ testId, onChoose }: { testId: string; onChoose: (asset: AdminAsset) => void }) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<AdminAsset[] | null>(null);
  const seq = useRef(0);
  async function search() {
    const q = text.trim();
    if (!q) return;
    const mine = ++seq.current;
    const page = await adminApi.listAssets({ q, retired: 'false', limit: MAX_SHOWN }).catch(() => ({ items: [] as AdminAsset[] }));
    if (mine === seq.current) setFound(page.items);
  }
  return (
    <View className="plan-search">
      <View className="plan-search__row">
        <Input name={testId} value={text} placeholder={t('plan.form.deviceSearch')} maxLength={100} onChange={setText} onConfirm={() => void search()} />
        <Button size="small" fill="outline" data-testid={`${testId}-go`} onClick={() => void search()}>
          {t('people.searchButton')}
        </Button>
      </View>
      {found?.length === 0 ? <View className="muted">{t('plan.form.noDevice')}</View> : null}
      <View className="chips">
        {found?.map((a) => (
          <View
            key={a.id}
            className="chip"
            data-testid={`${testId}-${a.id}`}
            onClick={() => {
              setFound(null);
              setText('');
              onChoose(a);
            }}
          >
            {a.name} · {a.id}
          </View>
        ))}
      </View>
    </View>
  );
}
