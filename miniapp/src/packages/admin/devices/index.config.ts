export default definePageConfig({ navigationBarTitleText: '设备台账', enablePullDownRefresh: true });
