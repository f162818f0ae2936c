export default definePageConfig({ navigationBarTitleText: '登录电脑端' });
