// One jest run covers every layer; each project is one kind of test.
// Timeouts are generous everywhere: CI is a loaded 2-core machine, and no test asserts speed.
// Unit tests also package with osls and build bundles; integration and e2e drive a whole stack.
// A project's own `testTimeout` is ignored by jest's runner: test/support/projectTimeout.ts applies these.
const timeoutMs = { unit: 120_000, miniapp: 120_000, integration: 300_000, e2e: 600_000 };
const withTimeout = (project, ms) => ({
  ...project,
  globals: { ...project.globals, projectTestTimeoutMs: ms },
  setupFilesAfterEnv: [...(project.setupFilesAfterEnv ?? []), '<rootDir>/test/support/projectTimeout.ts'],
});
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];
// These packages ship ESM only; swc turns them into CommonJS for jest.
const esmPackages = ['@middy', 'jose', 'ulid', '@date-fns', 'date-fns', 'zod-openapi', 'get-port', 'p-retry', 'is-network-error'].join('|');
const nodeProject = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleNameMapper: {
    '^@middy/([^/]+)$': '<rootDir>/node_modules/@middy/$1/index.js',
    // The contract imports zod's Chinese messages by their ESM file; zod ships a CommonJS twin.
    '^zod/v4/locales/(.+)\\.js$': '<rootDir>/node_modules/zod/v4/locales/$1.cjs',
  },
};

// The mini-program's component tests: real Taro H5 components and NutUI rendered in jsdom.
const taroEsm = ['@tarojs', '@stencil', '@nutui', '@swc/helpers', 'lodash-es', 'classnames', 'swiper', 'ssr-window', 'dom7', 'tslib', '\\.pnpm', 'query-string', 'decode-uri-component', 'split-on-first', 'filter-obj', 'nanoid', 'style-inject', 'p-retry', 'is-network-error'].join('|');
const miniappProject = {
  displayName: 'miniapp',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/miniapp/test/**/*.test.{ts,tsx}'],
  transform: { '^.+\\.m?[jt]sx?$': ['babel-jest', { configFile: './miniapp/babel.config.js' }] },
  transformIgnorePatterns: [`/node_modules/(?!(${taroEsm})/)`],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '@tarojs/taro-h5',
    // The ES builds, not the UMD bundles that "main" points at.
    '^@nutui/nutui-react-taro$': '@nutui/nutui-react-taro/dist/es/packages/nutui.react.build.js',
    '^@nutui/icons-react-taro$': '@nutui/icons-react-taro/dist/es/index.es.js',
    // NutUI's Lottie component draws on a canvas as soon as it is imported; no form uses it.
    '^(lottie-react|@nutui/lottie-miniprogram)$': '<rootDir>/miniapp/test/styleStub.js',
    '^@contract/(.*)$': '<rootDir>/functions/src/contract/$1',
    '\\.(css|scss)$': '<rootDir>/miniapp/test/styleStub.js',
  },
  setupFiles: ['<rootDir>/miniapp/test/setup.ts'],
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_MUTATION_OBSERVER: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    __TARO_FRAMEWORK__: 'react',
    API_BASE_URL: '',
  },
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ['default', '<rootDir>/test/support/plainSummaryReporter.js'],
  projects: [
    withTimeout({ ...nodeProject, displayName: 'unit', testMatch: ['<rootDir>/functions/src/**/*.test.ts', '<rootDir>/infra/**/*.test.ts'] }, timeoutMs.unit),
    withTimeout({
      ...nodeProject,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/security/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
    }, timeoutMs.integration),
    withTimeout(miniappProject, timeoutMs.miniapp),
    withTimeout({
      ...nodeProject,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
      globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
    }, timeoutMs.e2e),
  ],
};
