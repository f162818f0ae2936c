import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { AllReports } from '../../domain/reports/readAllReports';
import { CHANNEL_ZH, STATUS_ZH, URGENCY_ZH, YES_NO_ZH, categoryLabels, labelOf } from '../../domain/reports/labelsZh';

export const TICKET_SHEET_HEADER = [
  '工单号', '报修时间', '渠道', '位置', '设备', '类别', '紧急程度', '状态',
  '接单时间', '到场时间', '完工时间', '确认时间', '维修人员', '配件', '配件费用 (元)', '评分', '签字',
];

/** An instant as the hospital's clock showed it, e.g. 2026-12-01 20:09. */
export const localTime = (iso: string | null, timezone: string) => (iso ? format(new TZDate(iso, timezone), 'yyyy-MM-dd HH:mm') : null);

/** 工单明细: every ticket reported in the period, every code in words. */
export function ticketSheetRows(r: AllReports): (string | number | null)[][] {
  const category = categoryLabels(r.categories);
  const time = (iso: string | null) => localTime(iso, r.period.timezone);
  return r.tickets.rows.map((t) => [
    t.number,
    time(t.reportedAt),
    labelOf(CHANNEL_ZH, t.channel),
    t.place,
    t.assetName,
    labelOf(category, t.categoryCode),
    URGENCY_ZH[t.urgency],
    STATUS_ZH[t.status],
    time(t.acceptedAt),
    time(t.arrivedAt),
    time(t.completedAt),
    time(t.confirmedAt),
    t.technician,
    t.parts || null,
    t.partsCost,
    t.rating,
    YES_NO_ZH(t.signed),
  ]);
}
