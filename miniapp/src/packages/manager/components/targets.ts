import { tone } from '../../../components/manager/format';

/** The brief's targets: on time (accept and arrive) ≥ 98 %, device availability ≥ 95 %, satisfaction ≥ 90 %. */
export const TARGETS = {
  onTime: 0.98,
  availability: 0.95,
  satisfaction: 0.9,
} as const;

export const COLORS = {
  good: '#07a050',
  bad: '#fa8c16',
  none: '#c8c9cc',
  primary: '#07c160',
  text: '#1a1a1a',
  muted: '#888888',
} as const;

export { tone };

export function money(yuan: number): string {
  return yuan.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}
