import type { TicketStatus, Urgency } from '../../contract/enums';
import type { NotificationKind } from '../notifications';

/**
 * The words of subscribe messages and in-app notifications. `phrase` keywords take at most five
 * Chinese characters, so each status has its own short phrase (checked by a unit test).
 */
export const statusPhrase: Record<TicketStatus, string> = {
  submitted: '待派单',
  assigned: '已派单',
  accepted: '已接单',
  on_site: '已到场',
  on_hold: '已暂停',
  completed: '已完成',
  confirmed: '已确认',
  closed: '已关闭',
  cancelled: '已取消',
};

export const urgencyPhrase: Record<Urgency, string> = {
  normal: '普通',
  urgent: '紧急',
  emergency: '特急',
};

/** What happened, in a few words: the in-app title and a `thing` of the desk's template. */
export const kindTitle: Record<NotificationKind, string> = {
  new_job: '新工单待处理',
  job_offered: '新工单可抢单',
  ticket_assigned: '报修已派单',
  ticket_accepted: '维修人员已接单',
  technician_arrived: '维修人员已到场',
  ticket_on_hold: '维修暂停',
  ticket_completed: '维修已完成，请确认评价',
  ticket_confirmed: '报修已确认',
  ticket_reopened: '工单已重新打开',
  ticket_cancelled: '报修已取消',
  ticket_merged: '报修已合并',
  handed_back: '技术员退单',
  transfer_requested: '技术员申请转单',
  emergency_reported: '紧急报修',
  sla_breached: '工单超时',
  sla_escalated: '工单超时升级',
  complaint_opened: '收到投诉',
  repeat_failure: '设备30天内多次故障',
  content_flagged: '报修内容待审核',
  emergency_unconfirmed: '待确认的紧急报修',
  reports_grouped: '同一地点多条报修',
  new_report: '新报修待派单',
  planned_work_due: '计划工作待执行',
  planned_work_overdue: '计划工作已逾期',
  spot_check_failed: '质检抽查不合格，请返修',
  dispute_raised: '外包单位提出考核申诉',
  dispute_decided: '考核申诉已处理',
  incident_declared: '重大事件启动',
  incident_clock_missed: '重大事件处置超时',
  job_done: '协同任务已完成',
};
