export default definePageConfig({ navigationBarTitleText: '计划维护' });
