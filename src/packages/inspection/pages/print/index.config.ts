export default definePageConfig({ navigationBarTitleText: '打印督查纪实表' });
