export default definePageConfig({ navigationBarTitleText: '核查提示' });
