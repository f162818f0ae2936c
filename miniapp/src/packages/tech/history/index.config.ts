export default definePageConfig({ navigationBarTitleText: '设备维修记录' });
