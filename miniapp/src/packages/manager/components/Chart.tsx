import { View } from '@tarojs/components';
import Echarts from 'taro-react-echarts';
import { echarts, type ChartOption } from './echarts';

interface Props {
  option: ChartOption;
  /** CSS px; the width follows the card. */
  height: number;
  testId?: string;
}

/**
 * One chart. `isPage={false}`: the charts mount after the data arrives, i.e. after the page's
 * onReady, so the wrapper must find its canvas on mount rather than wait for onReady.
 * No width in `style`: the wrapper would pass '100%' to echarts.init, which reads it as 100 px;
 * without one the chart takes its card's width.
 */
export function Chart({ option, height, testId }: Props) {
  return (
    <View className="chart" data-testid={testId} style={{ height: `${height}px` }}>
      <Echarts echarts={echarts} option={option as never} isPage={false} style={{ height: `${height}px` }} />
    </View>
  );
}
