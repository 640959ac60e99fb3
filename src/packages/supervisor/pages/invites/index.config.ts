export default definePageConfig({ navigationBarTitleText: '邀请码打印单' });
