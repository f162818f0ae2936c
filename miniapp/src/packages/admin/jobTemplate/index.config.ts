export default definePageConfig({ navigationBarTitleText: '编辑协同任务模板' });
