/**
 * Preloads the first screen's page from index.html. Taro's router imports a page only once
 * app.js has arrived and run, so on a 300 ms round trip the sign-in page's chunks (Taro's
 * components, NutUI, the page itself) started downloading seconds after the page opened, leaving
 * the link idle meanwhile. `<link rel="preload">` fetches them alongside app.js; the router's own
 * import then finds them already loaded.
 */
const HtmlWebpackPlugin = require('html-webpack-plugin');

const pluginName = 'PreloadFirstScreenPlugin';

class PreloadFirstScreenPlugin {
  /** @param {string} page the page's path in app.config.ts, e.g. 'pages/login/index' */
  constructor(page) {
    this.page = page;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap(pluginName, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(pluginName, (data) => {
        // The chunk group the router's import(<page>) loads (Taro's loader writes the request).
        const group = compilation.chunkGroups.find((g) => !g.isInitial() && g.origins.some((o) => typeof o.request === 'string' && o.request.endsWith(this.page)));
        if (!group) throw new Error(`${pluginName}: no chunk group imports ${this.page}`);
        const publicPath = compilation.getAssetPath(compilation.outputOptions.publicPath ?? '/', {});
        const files = group.chunks.flatMap((chunk) => [...chunk.files]).filter((file) => /\.(js|css)$/.test(file));
        const links = files.map((file) => ({
          tagName: 'link',
          voidTag: true,
          meta: { plugin: pluginName },
          attributes: { rel: 'preload', as: file.endsWith('.css') ? 'style' : 'script', href: publicPath + file },
        }));
        // After app.js and its vendor chunk: they run first, while the page chunks still arrive.
        data.headTags.push(...links);
        return data;
      });
    });
  }
}

module.exports = { PreloadFirstScreenPlugin };
