export default defineAppConfig({
  pages: ['pages/index/index', 'pages/cadre/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/supervisor', pages: ['pages/villages/index', 'pages/county/index', 'pages/settings/index', 'pages/approvals/index', 'pages/alerts/index', 'pages/flags/index', 'pages/surveys/index', 'pages/surveys/new', 'pages/surveys/detail', 'pages/village/index', 'pages/feedback/index', 'pages/invites/index'] },
    { root: 'packages/survey', pages: ['pages/index/index'] },
    { root: 'packages/presence', pages: ['pages/month/index'] },
    { root: 'packages/leave', pages: ['pages/index/index'] },
    { root: 'packages/diary', pages: ['pages/index/index', 'pages/review/index'] },
    { root: 'packages/inbox', pages: ['pages/index/index'] },
    { root: 'packages/feedback', pages: ['pages/index/index'] },
    { root: 'packages/ledger', pages: ['pages/list/index', 'pages/mine/index', 'pages/problem/index', 'pages/grades/index', 'pages/bulletin/index', 'pages/recalls/index', 'pages/reports/index'] },
    { root: 'packages/inspection', pages: ['pages/records/index', 'pages/record/index', 'pages/print/index', 'pages/sign/index', 'pages/template/index', 'pages/draws/index', 'pages/draw/index', 'pages/public/index'] },
  ],
  window: {
    navigationBarTitleText: '驻村',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
  },
});
