/** Hospital-wide time rules of the lifecycle; defaults from the domain brief, overridable per hospital. */
export interface LifecyclePolicy {
  reopenWindowDays: number;
  autoConfirmAfterHours: number;
  /** After a breach alerts the desk, how long until it goes up to the manager. */
  escalateToManagerAfterMinutes: number;
  complaintRespondWithinHours: number;
  complaintResolveWithinHours: number;
  complaintCallbackWithinHours: number;
  /** Most a completion's parts may cost in all (yuan): a typo of a few zeros is refused, not charged to a department. */
  maxPartsCostPerTicketYuan: number;
}

export const DEFAULT_LIFECYCLE_POLICY: LifecyclePolicy = {
  reopenWindowDays: 7,
  autoConfirmAfterHours: 48,
  escalateToManagerAfterMinutes: 30,
  complaintRespondWithinHours: 2,
  complaintResolveWithinHours: 24,
  complaintCallbackWithinHours: 48,
  maxPartsCostPerTicketYuan: 100_000,
};

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export function addMs(iso: string, ms: number): string {
  return new Date(new Date(iso).getTime() + ms).toISOString();
}
