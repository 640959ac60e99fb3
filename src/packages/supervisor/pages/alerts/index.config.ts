export default definePageConfig({ navigationBarTitleText: '预警', enablePullDownRefresh: true });
