export default definePageConfig({ navigationBarTitleText: '协同任务模板' });
