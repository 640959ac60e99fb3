export default definePageConfig({ navigationBarTitleText: '各村今日' });
