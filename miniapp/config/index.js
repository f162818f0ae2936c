const path = require('path');
const { defineConfig } = require('@tarojs/cli');
const { PreloadFirstScreenPlugin } = require('./preloadFirstScreen');

// API base: empty (same origin, relative /v1/...) for H5 served by the local stack; the weapp
// build needs an absolute URL (the WeChat DevTools with "不校验合法域名" can reach localhost).
const env = process.env.TARO_ENV;
const apiBase = process.env.TARO_APP_API_BASE ?? (env === 'weapp' ? 'http://localhost:3000' : '');
// The API contract lives outside src/: compile it too, for its plain constants (command paths).
// Only zod-free files may be imported at run time; schemas stay type-only imports.
const contractDir = path.resolve(__dirname, '..', '..', 'functions', 'src', 'contract');
const noPolyfill = path.resolve(__dirname, 'noPolyfill.js');

module.exports = defineConfig(async () => ({
  projectName: 'hospital-repair',
  date: '2026-1-1',
  // Every size in our styles and in NutUI's is written for a 375 px wide screen.
  designWidth: 375,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: `dist/${env}`,
  plugins: [],
  defineConstants: {
    API_BASE_URL: JSON.stringify(apiBase),
  },
  alias: {
    '@contract': contractDir,
    ...(env === 'h5' ? { 'whatwg-fetch$': noPolyfill, 'abortcontroller-polyfill/dist/abortcontroller-polyfill-only$': noPolyfill } : {}),
  },
  // Not Preact on H5, though it took ~30 KB brotli off the first screen (3.3 s instead of 3.8 s):
  // taro-react-echarts bundles React's own JSX runtime, whose elements preact/compat cannot render,
  // so the manager's dashboard stayed blank.
  framework: 'react',
  compiler: { type: 'webpack5', prebundle: { enable: false } },
  cache: { enable: false },
  mini: {
    compile: { include: [contractDir] },
    postcss: {
      pxtransform: { enable: true, config: {} },
      cssModules: { enable: false },
    },
    optimizeMainPackage: { enable: true },
    // Taro minifies JS (terser) and WXSS (csso) in production, but writes its WXML templates
    // readable; WeChat's quality scan wants all three compressed (project.config.json says so).
    minifyXML: { collapseWhitespace: true },
  },
  h5: {
    compile: { include: [contractDir] },
    // Taro's React-rendered View/Text/Button/Image/Input/ScrollView/Picker instead of its Stencil
    // web components: Stencil's runtime (~17 KB brotli) left the first screen. Components Taro has
    // no HTML version of (Textarea) still come from the Stencil library, on the pages that use them.
    useHtmlComponents: true,
    webpackChain(chain) {
      // Taro splits only the entry's chunks ('initial'), so every page chunk carried its own copy
      // of Taro's components, NutUI and the contract (~170 KB minified each): the first screen
      // (home, then sign-in) fetched them twice. Code shared by pages goes to shared chunks.
      const split = chain.optimization.get('splitChunks');
      chain.optimization.splitChunks({ ...split, chunks: 'all', minSize: 20000 });
      // NutUI's icon index declares a side effect (it imports the icon font's CSS, which
      // styles/nutui.ts imports itself), so webpack kept it and, through it, every icon any page
      // uses in the chunk the sign-in page loads. Without the flag each page gets only its icons.
      chain.module.rule('nutui-icons-index').test(/@nutui[\\/]icons-react-taro[\\/]dist[\\/]es[\\/]index\.es\.js$/).sideEffects(false);
      // A newcomer's first screen is sign-in (src/startup/firstScreen.h5.ts).
      chain.plugin('preload-first-screen').use(PreloadFirstScreenPlugin, ['pages/login/index']);
    },
    publicPath: '/',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
    miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
    postcss: {
      // 1 design px = 1 CSS px at every width: the desk's 1280 px PC screen shows more, not bigger.
      pxtransform: { enable: true, config: { maxRootSize: 20, minRootSize: 20 } },
      autoprefixer: { enable: true, config: {} },
      cssModules: { enable: false },
    },
  },
}));
