export default definePageConfig({ navigationBarTitleText: '摇号抽查', enablePullDownRefresh: true });
