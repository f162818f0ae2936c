export default definePageConfig({ navigationBarTitleText: '排班' });
