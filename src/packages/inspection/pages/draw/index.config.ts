export default definePageConfig({ navigationBarTitleText: '摇号', enablePullDownRefresh: true });
