export default defineAppConfig({
  // The reporter's screens are the main package: they are what a scanned label opens.
  pages: ['pages/home/index', 'pages/report/index', 'pages/login/index', 'pages/tickets/index', 'pages/ticket/index', 'pages/pclogin/index', 'pages/inbox/index', 'pages/me/index', 'pages/job/index'],
  // Every other role's screens: loaded only when that person opens them.
  subPackages: [
    { root: 'packages/tech', pages: ['jobs/index', 'job/index', 'history/index', 'workorder/index'] },
    { root: 'packages/desk', pages: ['queue/index', 'ticket/index', 'callbacks/index', 'handover/index', 'phone/index', 'complaints/index', 'deadLetters/index', 'incidents/index', 'incident/index'] },
    { root: 'packages/manager', pages: ['index/index', 'dashboard/index', 'planned/index'] },
    { root: 'packages/admin', pages: ['people/index', 'person/index', 'index/index', 'places/index', 'devices/index', 'device/index', 'import/index', 'audit/index', 'categories/index', 'category/index', 'shifts/index', 'labels/index', 'plans/index', 'plan/index', 'vendors/index', 'vendor/index', 'incidentRosters/index', 'jobTemplates/index', 'jobTemplate/index'] },
    // Outsourced vendors (issue 16): the scorecard, the vendor's jobs, the managers' vendor picker, spot checks and disputes
    { root: 'packages/vendor', pages: ['scorecard/index', 'jobs/index', 'pick/index', 'spotchecks/index', 'disputes/index'] },
  ],
  // A technician's phone fetches the job screens as soon as the app opens.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/tech', 'packages/desk'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f6f7',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '一站式报修',
    navigationBarTextStyle: 'black',
  },
  // Camera and album need the user's agreement (privacy guide, since 2023-09).
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
});
