export default definePageConfig({ navigationBarTitleText: '协同任务', enablePullDownRefresh: true });
