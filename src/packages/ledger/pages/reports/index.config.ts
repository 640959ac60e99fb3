export default definePageConfig({ navigationBarTitleText: '月报' });
