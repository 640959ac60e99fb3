// ESLint 9 flat config: JS + typescript-eslint recommended over the whole repo.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** No `as unknown as` on documents (see the cloud functions block). */
const NO_DOUBLE_CAST = {
  selector: 'TSAsExpression > TSAsExpression.expression > TSUnknownKeyword.typeAnnotation',
  message:
    'No `as unknown as` in cloud functions: documents are typed by collection (cloudfunctions/common/store/doc-map.ts), so store.get/find/findAll/getMany already answer the document type. Fix the document type next to its domain instead.',
};
/** A cadre's month rollup and its village's copy are written together, by `writeRollup` only. */
const ROLLUPS_THROUGH_WRITE_ROLLUP = {
  selector: "CallExpression[callee.property.name=/^(put|insert|update)$/][arguments.0.value=/^(person|village)_months$/]",
  message: 'Write month rollups through writeRollup / updatePersonMonth (cloudfunctions/common/month.ts): it keeps the village month (village_months) in step in the same transaction.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'test-results/**', '.swc/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      // TypeScript checks names in .ts files; plain JS files here are Node scripts and configs.
      globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', fetch: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS config files (babel, jest).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Taro compile-time globals in app and page configs.
    files: ['src/**/*.config.ts'],
    languageOptions: { globals: { defineAppConfig: 'readonly', definePageConfig: 'readonly' } },
  },
  {
    // The domain core stays framework-free: no UI, no WeChat, no database.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tarojs/*', 'react', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/core is framework-free.' },
            { group: ['wx-server-sdk', '@cloudbase/*', 'better-sqlite3'], message: 'src/core has no cloud or database access.' },
          ],
        },
      ],
    },
  },
  {
    // Documents are typed by collection (cloudfunctions/common/store/doc-map.ts): read them from the
    // store as they come, never through `as unknown as`. Only the store's own drivers hold such casts.
    files: ['cloudfunctions/**/*.ts'],
    ignores: ['cloudfunctions/common/store/**'],
    rules: {
      'no-restricted-syntax': ['error', NO_DOUBLE_CAST, ROLLUPS_THROUGH_WRITE_ROLLUP],
    },
  },
  {
    files: ['dev/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ROLLUPS_THROUGH_WRITE_ROLLUP] },
  },
  {
    // The one writer of month rollups.
    files: ['cloudfunctions/common/month.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_DOUBLE_CAST] },
  },
);
