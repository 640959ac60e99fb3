export default definePageConfig({ navigationBarTitleText: '村书记签字' });
