// Stands in for the fetch and AbortController polyfills that Taro's H5 request API imports: every
// browser the H5 app is for (desk PCs' Chrome/Edge, phone browsers, WeChat's own) has both
// natively, so the first screen need not download them (~34 KB minified). See config/index.js.
