export default definePageConfig({ navigationBarTitleText: '编辑报修类别' });
