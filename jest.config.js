/** Unit, contract and in-process handler tests (node); page tests (jsdom). e2e runs separately. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }];
module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/pages/', '<rootDir>/test/weapp/'],
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
    {
      // Pages rendered in jsdom with Taro's own H5 React components and a test double of @tarojs/taro.
      displayName: 'pages',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/pages/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/pages/setup.ts'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/test/pages/taro-double.ts',
        '\\.(css|scss|less)$': '<rootDir>/test/pages/style-mock.ts',
      },
      transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm|@tarojs|@stencil|swiper|tslib|@nutui|@swc/helpers)/)'],
      transform: { '^.+\\.(tsx?|jsx?|mjs)$': swc },
    },
    {
      // The real dist/weapp build in miniprogram-simulate: `jest --selectProjects weapp` (build first).
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      // The built mini-program is loaded as is.
      transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
  ],
};
