import { InvalidError } from '../errors';
import type { TicketRecord } from '../records';

/** How far a phone's clock may differ from the server's either way (phones take their time from the network, a little off). */
export const DEVICE_CLOCK_SKEW_MS = 2 * 60_000;
/** The oldest command a phone may still send from its offline queue: a day without a signal is a lost phone, not a basement. */
export const OFFLINE_COMMAND_MAX_AGE_MS = 24 * 3600_000;

/** A command made on the phone without a signal: the time the phone gave, and the time the ticket's milestones take. */
export interface OfflineTiming {
  /** As the phone said (recorded on the event beside the server's time). */
  deviceAt: string;
  /** The device time kept between the previous move and the server's now. */
  actedAt: Date;
}

/**
 * The technician's own moves on a job: a command made offline comes after all of them. The desk's
 * notes and the SLA scanner's events do not count: they may fall while the phone has no signal.
 */
function previousMoveMs(t: TicketRecord): number {
  const times = [t.createdAt, t.acceptedAt, t.arrivedAt, t.heldAt, t.completedAt].filter((x): x is string => !!x);
  return Math.max(...times.map((x) => new Date(x).getTime()));
}

function outOfBounds(code: string, message: string, messageZh: string): InvalidError {
  return new InvalidError(message, messageZh, [{ field: 'header.device-time', code, message, messageZh }]);
}

/**
 * When a queued command was made, if the phone says so. Refused (400) when the phone's time is
 * ahead of the server's beyond the skew, older than a day, or before the job's previous move;
 * within the skew the time is kept between the previous move and now, so milestones stay in order.
 */
export function offlineTiming(deviceTime: string | undefined, serverNow: Date, ticket: TicketRecord): OfflineTiming | undefined {
  return offlineTimingAfter(deviceTime, serverNow, previousMoveMs(ticket));
}

/**
 * The same bounds for any record a technician works on offline (a ticket, a planned work order):
 * `previousMs` is the technician's previous move on it.
 */
export function offlineTimingAfter(deviceTime: string | undefined, serverNow: Date, previousMs: number): OfflineTiming | undefined {
  if (deviceTime === undefined) return undefined;
  const deviceMs = new Date(deviceTime).getTime();
  const nowMs = serverNow.getTime();
  if (Number.isNaN(deviceMs)) throw outOfBounds('device_time_invalid', 'The device time is not a date', '设备时间格式不正确');
  if (deviceMs > nowMs + DEVICE_CLOCK_SKEW_MS) {
    throw outOfBounds('device_time_future', "The phone's time is ahead of the server's; set the phone's clock", '手机时间比服务器快，请校准手机时间');
  }
  if (deviceMs < nowMs - OFFLINE_COMMAND_MAX_AGE_MS) {
    throw outOfBounds('device_time_too_old', 'This was saved offline more than a day ago and is no longer sent', '该操作离线保存已超过一天，不再提交');
  }
  if (deviceMs < previousMs - DEVICE_CLOCK_SKEW_MS) {
    throw outOfBounds('device_time_out_of_order', "The device time is before the job's previous step", '设备时间早于该工单的上一步');
  }
  return { deviceAt: new Date(deviceMs).toISOString(), actedAt: new Date(Math.min(nowMs, Math.max(previousMs, deviceMs))) };
}
