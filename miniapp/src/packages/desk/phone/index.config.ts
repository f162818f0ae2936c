export default definePageConfig({ navigationBarTitleText: '电话报修' });
