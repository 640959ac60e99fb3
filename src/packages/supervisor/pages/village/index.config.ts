export default definePageConfig({ navigationBarTitleText: '村月度情况' });
