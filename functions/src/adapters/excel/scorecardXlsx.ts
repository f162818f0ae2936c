import ExcelJS from 'exceljs';
import type { ScorecardLineKey } from '../../contract/scorecard';
import { labelOf, YES_NO_ZH } from '../../domain/reports/labelsZh';
import type { CategoryRecord } from '../../domain/records';
import type { ScorecardWithTickets } from '../../domain/vendors/readScorecard';
import { isJob, metOnTime } from '../../domain/vendors/scorecard';
import { section, table } from './sheetTable';
import { localTime } from './ticketSheetXlsx';

/** The sheets of the scorecard workbook (the monthly meeting reads them in this order). */
export const SCORECARD_SHEETS = { summary: '考核汇总', tickets: '考核工单明细' } as const;

export const MEASURE_ZH: Readonly<Record<ScorecardLineKey, string>> = {
  jobs: '工单数',
  acceptOnTimeRate: '接单及时率 %',
  arriveOnTimeRate: '到场及时率 %',
  firstTimeFixRate: '一次修复率 %',
  reopenRate: '返修率 %',
  satisfactionRate: '满意率 %',
  complaints: '投诉数',
  pmComplianceRate: '计划维护按时完成率 %',
  spotCheckFails: '抽查不合格数',
};
const KIND_ZH = { bonus: '奖励', penalty: '扣款' } as const;
const DIRECTION_ZH = { below: '低于', above: '达到或高于' } as const;
const DISPUTE_ZH = { open: '待处理', accepted: '已采纳', rejected: '已驳回' } as const;

type Cell = string | number | null;
const dash = (v: number | null): Cell => (v === null ? '—' : v);
const yesNo = (v: boolean | null): Cell => (v === null ? '—' : YES_NO_ZH(v));

export const SUMMARY_MEASURE_HEADER = ['指标', '分子', '分母', '值', '争议剔除'];
export const SUMMARY_TERM_HEADER = ['条款', '指标', '类型', '门槛', '方向', '每档 %', '档长', '条款封顶 %', '当月值', '档数', '比例 %', '金额 (元)'];
export const TICKET_HEADER = ['工单号', '类别', '地点', '报修时间', '接单及时', '到场及时', '返修次数', '评分', '投诉', '争议'];

/**
 * The scorecard workbook: 考核汇总 (the vendor and month, every measure, every term, the totals
 * after the caps), then 考核工单明细 (every job of the month, how each one counts).
 */
export async function buildScorecardXlsx(read: ScorecardWithTickets, categories: readonly Pick<CategoryRecord, 'code' | 'nameZh'>[]): Promise<Buffer> {
  const { scorecard: s, timezone } = read;
  const book = new ExcelJS.Workbook();
  book.creator = '一站式报修';
  book.title = `外包考核 ${s.vendorName.zh} ${s.month}`;
  table(book, SCORECARD_SHEETS.summary, ['项目', '内容'], [
    ['外包单位', s.vendorName.zh],
    ['合同编号', s.contractReference],
    ['考核月份', s.month],
    ['月度服务费 (元)', s.monthlyFee],
    ['统计截至', localTime(s.asOf, timezone)],
  ]);
  const sheet = book.getWorksheet(SCORECARD_SHEETS.summary)!;
  section(sheet, '考核指标', SUMMARY_MEASURE_HEADER, s.lines.map((l) => [MEASURE_ZH[l.key], l.numerator, l.denominator, dash(l.value), l.disputed.join('、') || null]));
  section(sheet, '奖惩条款', SUMMARY_TERM_HEADER, s.terms.map((t) => [
    t.termId, MEASURE_ZH[t.measure], KIND_ZH[t.kind], t.threshold, DIRECTION_ZH[t.direction], t.percentPerUnit, t.unit ?? '固定', t.capPercent, dash(t.value), t.units, t.percent, t.amount,
  ]));
  section(sheet, '合计', ['项目', '比例 %', '金额 (元)'], [
    ['奖励合计', s.bonusPercent, s.bonusAmount],
    ['扣款合计', s.penaltyPercent, s.penaltyAmount],
    ['净额（奖励 − 扣款）', null, s.netAmount],
    ['封顶', s.capsApplied.map((c) => `${KIND_ZH[c]}总额已封顶`).join('、') || '无', null],
  ]);
  const category = Object.fromEntries(categories.map((c) => [c.code, c.nameZh]));
  const now = new Date(s.asOf);
  const disputesOf = (ticketId: string) =>
    read.disputes.filter((d) => d.ticketId === ticketId).map((d) => `${MEASURE_ZH[d.measure]}：${DISPUTE_ZH[d.status]}`).join('；') || null;
  table(book, SCORECARD_SHEETS.tickets, TICKET_HEADER, read.tickets.filter(isJob).map((t) => [
    t.number,
    labelOf(category, t.categoryCode),
    t.locationPath.join(' / '),
    localTime(t.createdAt, timezone),
    yesNo(metOnTime(t.acceptedAt, t.acceptBy, now)),
    yesNo(metOnTime(t.firstArrivedAt ?? t.arrivedAt, t.arriveBy, now)),
    t.reopenCount,
    t.rating?.score ?? null,
    YES_NO_ZH(t.complaint !== null),
    disputesOf(t.id),
  ]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
