export default definePageConfig({ navigationBarTitleText: '考核申诉' });
