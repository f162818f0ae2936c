export default definePageConfig({ navigationBarTitleText: '一站式报修', enablePullDownRefresh: true });
