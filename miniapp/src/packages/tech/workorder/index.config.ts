export default definePageConfig({ navigationBarTitleText: '计划工作' });
