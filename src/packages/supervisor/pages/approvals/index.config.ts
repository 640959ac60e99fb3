export default definePageConfig({ navigationBarTitleText: '请假审批' });
