export default definePageConfig({ navigationBarTitleText: '考核等次通报' });
