export default definePageConfig({ navigationBarTitleText: '督查指标' });
