export default definePageConfig({ navigationBarTitleText: '服务台', enablePullDownRefresh: true });
