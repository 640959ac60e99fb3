export default definePageConfig({ navigationBarTitleText: '驻村' });
