export default definePageConfig({ navigationBarTitleText: '位置管理', enablePullDownRefresh: true });
