import { View, Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import { t } from '../../../i18n';
import { a11y } from '../../../components/a11y';

export interface Column<R> {
  key: string;
  title: string;
  render: (row: R) => ReactNode;
  /** Numbers right-aligned; the first column (a name) is wider. */
  numeric?: boolean;
  /** A class for the cell (e.g. a colour against a target). */
  tone?: (row: R) => 'good' | 'bad' | 'none' | undefined;
}

interface Props<R> {
  testId: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  footer?: ReactNode[];
  empty?: string;
}

/**
 * A plain table of Views (weapp has no <table>); scrolls sideways on a phone. The scroller is a
 * View with overflow, not a ScrollView: Taro's H5 ScrollView drops tabIndex, and a region that
 * scrolls must be reachable by keyboard.
 */
export function DataTable<R>({ testId, columns, rows, rowKey, footer, empty }: Props<R>) {
  if (!rows.length) return <View className="muted dash-empty" data-testid={`${testId}-empty`}>{empty ?? t('dash.empty')}</View>;
  return (
    <View className="dtable-scroll" {...a11y({ focusable: true })}>
      <View className="dtable" data-testid={testId}>
        <View className="dtable__row dtable__row--head">
          {columns.map((c) => (
            <Text key={c.key} className={`dtable__cell${c.numeric ? ' dtable__cell--num' : ' dtable__cell--name'}`}>
              {c.title}
            </Text>
          ))}
        </View>
        {rows.map((r) => (
          <View key={rowKey(r)} className="dtable__row" data-testid={`${testId}-row`}>
            {columns.map((c) => (
              <Text key={c.key} className={`dtable__cell${c.numeric ? ' dtable__cell--num' : ' dtable__cell--name'} dtable__cell--${c.tone?.(r) ?? 'none'}`}>
                {c.render(r)}
              </Text>
            ))}
          </View>
        ))}
        {footer ? (
          <View className="dtable__row dtable__row--foot">
            {footer.map((f, i) => (
              <Text key={i} className={`dtable__cell${i ? ' dtable__cell--num' : ' dtable__cell--name'}`}>
                {f}
              </Text>
            ))}
          </View>
        ) : null}
      </View>
    </View>
  );
}
