import { View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { t } from '../../../i18n';

type Phrase = { zh: string; en: string };
const MAX_PHRASES = 20;

/** The category's quick phrases, each in Chinese and English side by side; rows are added and removed. */
export function QuickPhrasesEditor({ phrases, onChange }: { phrases: Phrase[]; onChange: (phrases: Phrase[]) => void }) {
  const set = (i: number, patch: Partial<Phrase>) => onChange(phrases.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <View className="phrases" data-testid="quick-phrases">
      {phrases.map((p, i) => (
        <View key={i} className="phrases__row" data-testid={`phrase-${i}`}>
          <Input className="phrases__input" name={`phrase-${i}-zh`} placeholder={t('categories.phraseZh')} maxLength={50} value={p.zh} onChange={(zh) => set(i, { zh })} />
          <Input className="phrases__input" name={`phrase-${i}-en`} placeholder={t('categories.phraseEn')} maxLength={50} value={p.en} onChange={(en) => set(i, { en })} />
          <View className="link" data-testid={`phrase-${i}-remove`} onClick={() => onChange(phrases.filter((_, j) => j !== i))}>
            {t('categories.phraseRemove')}
          </View>
        </View>
      ))}
      {phrases.length < MAX_PHRASES ? (
        <Button size="small" fill="outline" data-testid="phrase-add" onClick={() => onChange([...phrases, { zh: '', en: '' }])}>
          {t('categories.phraseAdd')}
        </Button>
      ) : null}
    </View>
  );
}
