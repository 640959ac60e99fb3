export default definePageConfig({ navigationBarTitleText: '群众问卷' });
