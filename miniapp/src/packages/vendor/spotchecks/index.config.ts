export default definePageConfig({ navigationBarTitleText: '质检抽查' });
