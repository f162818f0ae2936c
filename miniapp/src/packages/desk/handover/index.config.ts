export default definePageConfig({ navigationBarTitleText: '交接班' });
