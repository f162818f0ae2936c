import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.serverless/**', '.esbuild/**', '.bench/**', '.local-data/**', 'screenshots/**', 'coverage/**', 'miniapp/config/**', 'miniapp/babel.config.js', 'jest.config.js', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The AWS SDK lives behind adapters; the domain and the handlers never see it.
    files: ['functions/src/**/*.ts'],
    ignores: ['functions/src/adapters/**', 'functions/src/local/**', 'functions/src/deps.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@aws-sdk/*'], message: 'AWS SDK only inside functions/src/adapters/' }] }],
    },
  },
  {
    files: ['functions/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@aws-sdk/*'], message: 'The domain has no AWS imports' },
        { group: ['**/adapters/**', '**/http/**', '**/handlers/**'], message: 'The domain depends on ports, not on adapters or HTTP' },
      ] }],
    },
  },
  {
    // The mini-program: browser-like globals, Taro's compile-time macros and constants.
    files: ['miniapp/**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser, API_BASE_URL: 'readonly', defineAppConfig: 'readonly', definePageConfig: 'readonly' },
    },
  },
  {
    // WeChat-only capabilities go through src/platform (impl.weapp.ts / impl.h5.ts); pages never call them.
    files: ['miniapp/src/**/*.{ts,tsx}'],
    ignores: ['miniapp/src/platform/**'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='Taro'][property.name=/^(scanCode|chooseMedia|chooseImage|uploadFile|downloadFile|openDocument|login|requestSubscribeMessage)$/]",
        message: 'Use platform (miniapp/src/platform) for scanCode, chooseMedia, uploadFile, downloadFile/openDocument, login and subscribe messages',
      }],
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^zod', message: 'The mini-program imports types only from the contract, never zod at runtime' },
      ] }],
    },
  },
);
