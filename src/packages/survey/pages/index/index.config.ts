export default definePageConfig({ navigationBarTitleText: '村民问卷' });
