export default definePageConfig({ navigationBarTitleText: '等次评定' });
