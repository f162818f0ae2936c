/** Where the manager's planned-work links go: the week's calendar here, the plans (and suggestions) in the admin package. */
export const PLANNED_SCREENS = {
  calendar: '/packages/manager/planned/index',
  plans: '/packages/admin/plans/index',
} as const;
