/**
 * Smoke test of the REAL mini-program build (dist/weapp) in miniprogram-simulate with WeChat's own
 * template compiler. Run `npm run build:weapp` first; `npx jest --selectProjects weapp`.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../dist/weapp');
const built = fs.existsSync(path.join(root, 'app.js'));
if (!built) {
  console.warn(`[weapp smoke] skipped: ${root} is missing. Run \`npm run build:weapp\` first.`);
}
const maybe = built ? describe : describe.skip;

type Options = Record<string, unknown>;
type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

const g = globalThis as Record<string, unknown>;
const calls: { name: string; data: { action: string; data?: unknown } }[] = [];
let answer: (action: string) => Reply = () => ({ ok: false, error: { code: 'INTERNAL', message: '未设置' } });

function installMiniProgramGlobals() {
  let app: Options = {};
  const pages: unknown[] = [];
  g.App = (options: Options) => {
    app = options;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => pages;
  // Taro pages are Page() objects; j-component only knows Component(): map lifecycles and handlers.
  g.Page = (options: Options) => {
    const methods: Options = {};
    for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v;
    const call = (self: unknown, name: string, ...args: unknown[]) =>
      typeof options[name] === 'function' ? (options[name] as (...a: unknown[]) => unknown).apply(self, args) : undefined;
    (g.Component as (o: Options) => void)({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: Options) {
          pages.push(this);
          this.route = 'pages/index/index';
          call(this, 'onLoad', {});
          call(this, 'onShow');
        },
        ready(this: Options) {
          call(this, 'onReady');
        },
        detached(this: Options) {
          call(this, 'onUnload');
        },
      },
    });
  };
  const wx = g.wx as Options;
  wx.cloud = {
    init: () => undefined,
    callFunction: async ({ name, data }: { name: string; data: { action: string } }) => {
      calls.push({ name, data });
      return { result: answer(data.action), errMsg: 'cloud.callFunction:ok' };
    },
  };
}

function text(node: { dom?: HTMLElement }): string {
  return (node.dom?.textContent ?? '').replace(/\s+/g, ' ');
}

async function waitFor(predicate: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

maybe('weapp build (miniprogram-simulate)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const simulate = built ? (require('miniprogram-simulate') as typeof import('miniprogram-simulate')) : null;

  const warnings: string[] = [];
  beforeAll(() => {
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
    installMiniProgramGlobals();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(root, 'app.js'));
    const app = (g.getApp as () => Options)();
    (app.onLaunch as (o: Options) => void)?.call(app, { path: 'pages/index/index', query: {} });
  });

  function loadPage(route: string) {
    const id = simulate!.load(path.join(root, route), { compiler: 'official', rootPath: root });
    const page = simulate!.render(id);
    page.attach(document.createElement('parent-wrapper'));
    return page;
  }

  it('entry page: error with 重试, then the invitation form for an unbound WeChat user', async () => {
    let attempts = 0;
    answer = (action) => {
      if (action !== 'session.whoami') return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个功能' } };
      attempts += 1;
      return attempts === 1
        ? { ok: false, error: { code: 'INTERNAL', message: '系统开小差了，请稍后再试。' } }
        : { ok: true, data: { openid: 'o1', person: null, roles: [], villages: [] } };
    };
    const page = loadPage('pages/index/index');
    await simulate!.sleep(100);
    await waitFor(() => text(page).includes('系统开小差了'));
    expect(text(page)).not.toContain('选择体验身份'); // no role picker in the mini-program
    expect(calls[0]).toEqual({ name: 'api', data: { action: 'session.whoami', data: {} } });

    const retry = page.querySelectorAll('.nut-button').find((b) => text(b).includes('重试'));
    expect(retry).toBeDefined();
    retry!.dispatchEvent('tap');
    await simulate!.sleep(100);
    await waitFor(() => text(page).includes('输入邀请码'));
    expect(text(page)).toContain('村民不用注册');
    expect(attempts).toBe(2);
  });

  it('supervisor subpackage page: villages ranked for the month', async () => {
    answer = (action) =>
      action === 'reports.dashboard'
        ? {
            ok: true,
            data: {
              scope: { level: 'township', id: 't1', name: '河口镇' },
              month: '2026-11',
              today: '2026-11-23',
              closed: false,
              months: ['2026-11', '2026-10'],
              townships: [],
              legend: ['绿色：达标或进度正常'],
              totals: { villages: 1, cadres: 3, passing: 2, atRisk: 1, failing: 0 },
              countyId: 'c1',
              counties: [],
              matching: 1,
              villagesNext: null,
              atRiskNext: null,
              villages: [
                { id: 'v1', name: '石桥村', townshipName: '河口镇', rank: 1, tone: 'warn', cadres: 3, passingCadres: 3, complianceRate: 1, firstSecretary: '张华', presentToday: 2, reasons: [] },
              ],
              atRisk: [],
              trend: [{ month: '2026-11', complianceRate: 0.75, presenceRate: 0.8, cadres: 3 }],
            },
          }
        : { ok: false, error: { code: 'INTERNAL', message: '系统开小差了，请稍后再试。' } };
    const page = loadPage('packages/supervisor/pages/villages/index');
    await simulate!.sleep(100);
    await waitFor(() => text(page).includes('石桥村'));
    expect(text(page)).toContain('今日在村 2/3');
    expect(text(page)).toContain('张华');
    expect(text(page)).toContain('75%');
    expect(text(page)).toContain('正常 3/3人（100%）');
  });

  it('renders only elements the weapp templates know (no "Template … not found")', () => {
    expect(warnings.filter((w) => /Template .* not found/.test(w))).toEqual([]);
  });
});
