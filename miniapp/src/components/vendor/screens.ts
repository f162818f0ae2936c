/** The vendor screens (issue 16): the subpackage packages/vendor (app.config.ts). */
export const VENDOR_SCREENS = {
  pick: '/packages/vendor/pick/index',
  scorecard: (vendorId: string, month: string) => `/packages/vendor/scorecard/index?vendorId=${encodeURIComponent(vendorId)}&month=${month}`,
  jobs: (vendorId: string, month: string) => `/packages/vendor/jobs/index?vendorId=${encodeURIComponent(vendorId)}&month=${month}`,
  /** VSPOT's pages, in the same subpackage. */
  disputes: (vendorId: string, month: string) => `/packages/vendor/disputes/index?vendorId=${encodeURIComponent(vendorId)}&month=${month}`,
  spotchecks: (vendorId: string, month: string) => `/packages/vendor/spotchecks/index?vendorId=${encodeURIComponent(vendorId)}&month=${month}`,
} as const;
