export default definePageConfig({ navigationBarTitleText: '维护计划' });
