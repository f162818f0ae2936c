// waitFor/findBy give up after 1 s by default: too short on a loaded CI machine. From the DOM
// library, not @testing-library/react: importing that here, before jest's globals exist, would
// switch off its cleanup after each test.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 30_000 });

// Taro's H5 runtime expects a few browser APIs jsdom lacks (the build checks run in node: no window).
const inBrowser = typeof window !== 'undefined';
if (inBrowser && !('IntersectionObserver' in window)) {
  class NoopObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  Object.assign(window, { IntersectionObserver: NoopObserver });
}
if (inBrowser && !window.matchMedia) {
  Object.assign(window, {
    matchMedia: () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} }),
  });
}

// NutUI's icons set `-webkitMask` inline; React warns about the spelling on every render.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('Unsupported style property')) return;
  consoleError(...args);
};

// Taro's compile-time config helpers, for tests that read app.config.ts / page configs.
Object.assign(globalThis, { defineAppConfig: <T>(c: T) => c, definePageConfig: <T>(c: T) => c });
