export default definePageConfig({ navigationBarTitleText: '各村驻村情况' });
