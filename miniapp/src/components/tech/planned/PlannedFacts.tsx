import { View, Text } from '@tarojs/components';
import type { PlanCriticality } from '@contract/planned';
import { t } from '../../../i18n';
import { criticalityLabel, windowRange, windowState } from './plannedText';
import './PlannedFacts.scss';

/** 生命支持 / 高风险 stand out (their plans have a 100 % target); 常规 stays quiet. */
export function CriticalityTag({ criticality }: { criticality: PlanCriticality }) {
  return (
    <Text className={`planned-crit planned-crit--${criticality}`} data-testid="criticality">
      {criticalityLabel(criticality)}
    </Text>
  );
}

/** The window (opens – closes) and where today is in it: "还剩 3 天", "今天截止", "已逾期 2 天". */
export function WindowText({ order, today }: { order: { opensOn: string; closesOn: string }; today: string }) {
  const state = windowState(order, today);
  return (
    <View className="planned-window" data-testid="window">
      <Text className="planned-window__range">{windowRange(order)}</Text>
      <Text className={`planned-window__state planned-window__state--${state.tone}`} data-testid="window-state">
        {state.text}
      </Text>
    </View>
  );
}

/** "进度 3/4" with a bar; the bar is a picture of the same words, so screen readers get the words. */
export function ProgressBar({ finished, total }: { finished: number; total: number }) {
  const percent = total ? Math.round((finished / total) * 100) : 0;
  return (
    <View className="planned-progress" data-testid="progress" aria-label={t('planned.progressLabel', { finished, total })}>
      <View className="planned-progress__track" aria-hidden>
        <View className="planned-progress__fill" style={{ width: `${percent}%` }} />
      </View>
      <Text className="planned-progress__text">{t('planned.progress', { finished, total })}</Text>
    </View>
  );
}
