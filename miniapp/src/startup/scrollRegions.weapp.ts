/** The mini-program scrolls natively: nothing to do (scrollRegions.h5.ts is the web build's). */
export function makeScrollRegionsFocusable(): void {}
