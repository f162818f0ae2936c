export default definePageConfig({ navigationBarTitleText: '运行数据', enablePullDownRefresh: true });
