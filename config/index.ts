import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

/** NutUI is drawn on a 375-wide design; our own styles on 750. */
function designWidth(input?: unknown): number {
  const file = typeof input === 'object' && input && 'file' in input ? String(input.file) : '';
  return file.replace(/\\/g, '/').includes('@nutui/') ? 375 : 750;
}

// The shared contract lives outside src/: compile it like our own sources.
const shared = [path.resolve(__dirname, '..', 'types')];

/** What webpack's splitChunks `chunks` filter receives, as far as we read it. */
interface SplitChunk {
  canBeInitial(): boolean;
  groupsIterable: Iterable<{ origins: { request?: string | null }[] }>;
}

/** The lazily loaded chunk of the villagers' survey page (page chunks are unnamed; their import request says). */
function isSurveyChunk(chunk: SplitChunk): boolean {
  return [...chunk.groupsIterable].some((g) => g.origins.some((o) => /packages[\\/]survey[\\/]/.test(o.request ?? '')));
}

export default defineConfig<'webpack5'>(async (merge) => {
  const env = process.env.TARO_ENV ?? 'weapp';
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'zhucun',
    date: '2026-11-23',
    designWidth,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One output root per target: dist/weapp for the mini-program, dist/h5 for the browser build
    // (ZHUCUN_OUT builds elsewhere, e.g. to measure a build without touching dist/).
    outputRoot: process.env.ZHUCUN_OUT ?? `dist/${env}`,
    plugins: [],
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      // Modules used only by a subpackage stay out of the main package.
      optimizeMainPackage: { enable: true },
      compile: { include: shared },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: shared },
      // Taro splits only initial chunks on H5: without this every page chunk carries its own copy of
      // zod, the api client and NutUI. One shared async chunk instead — except for the villagers'
      // survey page, which must open fast on 3G and keeps its few small modules to itself.
      webpackChain(chain) {
        const split = chain.optimization.get('splitChunks');
        if (!split) return;
        chain.optimization.splitChunks({
          ...split,
          cacheGroups: {
            ...split.cacheGroups,
            // A fixed name, so index.html can fetch it alongside the app when a QR code opens the survey.
            survey: {
              name: 'survey',
              chunks: (chunk: SplitChunk) => !chunk.canBeInitial() && isSurveyChunk(chunk),
              minChunks: 1,
              priority: 10,
              enforce: true,
            },
            shared: {
              name: 'shared',
              chunks: (chunk: SplitChunk) => !chunk.canBeInitial() && !isSurveyChunk(chunk),
              minChunks: 2,
              priority: 5,
              reuseExistingChunk: true,
            },
          },
        });
      },
      esnextModules: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'],
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, base, devConfig);
  return merge({}, base, prodConfig);
});
