/**
 * The chart library of the manager's screens: Apache ECharts (6.x), tree-shaken to what these
 * screens draw (bar and pie charts on a grid, tooltip, target mark lines, canvas renderer), and
 * drawn by taro-react-echarts, a maintained Taro + React wrapper that uses a DOM container on H5
 * and a `<canvas type="2d">` on weapp (with ECharts' canvas creator set to the WeChat canvas).
 *
 * Why: ECharts is the most used chart library in Chinese hospital and government dashboards,
 * maintained by Apache, and renders the same option objects on both platforms, so the H5 build
 * on a PC and the mini-program show identical charts. The alternatives were weighed: AntV F2
 * (v5) is smaller but needs its own JSX runtime and has no maintained Taro integration for both
 * targets; hand-drawn SVG would not run on weapp. Importing only these modules keeps the
 * library inside the manager subpackage and well under WeChat's 2 MB per-package limit (the
 * build test measures it); nothing outside packages/manager imports this file.
 */
import * as echarts from 'echarts/core';
import { BarChart, PieChart, type BarSeriesOption, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption>;

export { echarts };
