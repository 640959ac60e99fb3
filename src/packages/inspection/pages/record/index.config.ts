export default definePageConfig({ navigationBarTitleText: '督查纪实表' });
