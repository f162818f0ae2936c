import type { TicketChannel } from '../../contract/enums';
import type { TicketStatus, Urgency } from '../../contract/enums';
import type { CategoryRecord } from '../records';

/**
 * The one label table of the workbooks: every code a sheet shows, in the words of the
 * mini-program's screens (miniapp/src/i18n/zh-CN.ts), so a manager reads the same status in
 * Excel as on the desk's queue. Typed by the enums: the compiler finds a missing label.
 */
export const STATUS_ZH: Record<TicketStatus, string> = {
  submitted: '待派单',
  assigned: '已派单',
  accepted: '已接单',
  on_site: '维修中',
  on_hold: '已挂起',
  completed: '待确认',
  confirmed: '已确认',
  closed: '已关闭',
  cancelled: '已取消',
};

export const URGENCY_ZH: Record<Urgency, string> = { normal: '一般', urgent: '紧急', emergency: '危急' };

/** How a fault reached the service desk (the contract's channels, worded as the desk's screens word them). */
export const CHANNEL_ZH: Readonly<Record<TicketChannel, string>> = { app: '自助报修', phone: '电话', walk_in: '现场', wechat: '微信' };

export const YES_NO_ZH = (yes: boolean) => (yes ? '是' : '否');

/** A code's label, or the code itself for one this table does not know yet (never an empty cell). */
export const labelOf = (table: Readonly<Record<string, string>>, code: string) => table[code] ?? code;

/** Category codes → the hospital's own names (the catalog is the table for categories). */
export const categoryLabels = (categories: readonly Pick<CategoryRecord, 'code' | 'nameZh'>[]): Readonly<Record<string, string>> =>
  Object.fromEntries(categories.map((c) => [c.code, c.nameZh]));
