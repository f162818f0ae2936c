/**
 * The security headers of the H5 app: what CloudFront adds in the cloud (infra/h5.yml's
 * ResponseHeadersPolicy) and what the local server sends. infra/h5Site.test.ts checks that the
 * template says the same, so a change made here and not there (or the reverse) fails a test.
 */

/** Where the app may talk to and load images from, besides its own origin. */
export interface AppOrigins {
  /** The API's origin; none when it is the app's own (the local stack serves both). */
  api?: string;
  /** The photo bucket's origin: presigned POST uploads and presigned GET images. */
  photos?: string;
}

/** Two years: browsers remember to use HTTPS only. */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';
export const referrerPolicy = 'strict-origin-when-cross-origin';
export const frameOptions = 'DENY';

/**
 * No 'unsafe-eval' and no inline script; inline styles are allowed because Taro's runtime writes
 * style attributes. Photos picked on the phone show as blob:/data: URLs before they are uploaded.
 */
export function contentSecurityPolicy(origins: AppOrigins): string {
  const extra = (...values: (string | undefined)[]) => values.filter((v): v is string => Boolean(v)).map((v) => ` ${v}`).join('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra(origins.photos)}`,
    "font-src 'self' data:",
    // blob:: Taro's H5 uploadFile reads the picked photo back from its object URL before posting it.
    `connect-src 'self' blob:${extra(origins.api, origins.photos)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The headers of every H5 response. Strict-Transport-Security is ignored by browsers over plain
 * http (the local stack), sent all the same so that both places send one list.
 */
export function securityHeaders(origins: AppOrigins): Record<string, string> {
  return {
    'strict-transport-security': strictTransportSecurity,
    'x-content-type-options': 'nosniff',
    'x-frame-options': frameOptions,
    'referrer-policy': referrerPolicy,
    'content-security-policy': contentSecurityPolicy(origins),
  };
}
