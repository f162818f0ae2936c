import type { Role } from '@contract/enums';
import { currentUser } from './session';
import type { TicketCommandName } from './commands';

/** Every screen's address; the role screens live in subpackages (see app.config.ts). */
export const SCREENS = {
  home: '/pages/home/index',
  ticket: (id: string) => `/pages/ticket/index?id=${encodeURIComponent(id)}`,
  techJobs: '/packages/tech/jobs/index',
  techJob: (id: string) => `/packages/tech/job/index?id=${encodeURIComponent(id)}`,
  /** One planned work order (issue 15): the technician runs it; the desk and managers read it. */
  techWorkOrder: (id: string) => `/packages/tech/workorder/index?id=${encodeURIComponent(id)}`,
  assetHistory: (assetId: string, name: string) => `/packages/tech/history/index?id=${encodeURIComponent(assetId)}&name=${encodeURIComponent(name)}`,
  deskQueue: '/packages/desk/queue/index',
  deskTicket: (id: string) => `/packages/desk/ticket/index?id=${encodeURIComponent(id)}`,
  deskCallbacks: '/packages/desk/callbacks/index',
  deskHandover: '/packages/desk/handover/index',
  deskPhoneReport: '/packages/desk/phone/index',
  deskComplaints: '/packages/desk/complaints/index',
  deskDeadLetters: '/packages/desk/deadLetters/index',
  manager: '/packages/manager/index/index',
  managerDashboard: '/packages/manager/dashboard/index',
  /** A desk PC's sign-in, confirmed on the phone (the QR the PC shows opens it). */
  pcLogin: (requestId: string) => `/pages/pclogin/index?r=${encodeURIComponent(requestId)}`,
  adminPeople: '/packages/admin/people/index',
  /** The administration home: every admin screen the person may use (packages/admin/components/adminLinks.ts). */
  admin: '/packages/admin/index/index',
  adminCategories: '/packages/admin/categories/index',
  adminShifts: '/packages/admin/shifts/index',
  /** Every role's notifications (main package: the reporter has one too). */
  inbox: '/pages/inbox/index',
  adminLabels: '/packages/admin/labels/index',
  /** 我的 · Me (language), coming back to `back` — the screen it was opened from. */
  me: (back: string) => `/pages/me/index?back=${encodeURIComponent(back)}`,
} as const;

/** Staff of an outsourced vendor (issue 16): the server answers them their vendor's jobs only, so the app offers nothing else. */
export function isVendorStaff(user = currentUser()): boolean {
  return !!user?.vendorId;
}

export function hasRole(role: Role, user = currentUser()): boolean {
  return !!user?.roles.includes(role);
}

const TECH_COMMANDS: TicketCommandName[] = ['accept', 'arrive', 'complete', 'handBack', 'requestTransfer', 'grab', 'hold', 'resume'];
const DESK_COMMANDS: TicketCommandName[] = ['assign', 'merge', 'callback', 'complaint'];

/** The work screen of this ticket for the signed-in staff member, if they have something to do on it. */
export function staffScreenFor(ticket: { id: string; allowedCommands: string[] }): string | null {
  const can = (list: TicketCommandName[]) => list.some((c) => ticket.allowedCommands.includes(c));
  if (hasRole('dispatcher') && can(DESK_COMMANDS)) return SCREENS.deskTicket(ticket.id);
  if (hasRole('technician') && can(TECH_COMMANDS)) return SCREENS.techJob(ticket.id);
  return null;
}
