import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentSecurityPolicy, frameOptions, referrerPolicy, strictTransportSecurity } from '../functions/src/local/api/securityHeaders';

/**
 * infra/h5.yml, the cloud home of the H5 build: compressed, hashed assets cached for a year,
 * index.html never cached, and the same security headers as the local server sends.
 */

const root = join(__dirname, '..');
type Node = Record<string, unknown>;
const at = (node: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((n, k) => (n as Node | undefined)?.[k], node);

const template = parse(readFileSync(join(root, 'infra', 'h5.yml'), 'utf8')) as { Resources: Record<string, { Type: string; Properties: Node }>; Outputs: Node };
const resources = template.Resources;
const distribution = at(resources.H5SiteDistribution, 'Properties', 'DistributionConfig') as Node;
const behaviours = [distribution.DefaultCacheBehavior, ...(distribution.CacheBehaviors as unknown[])] as Node[];
const securityConfig = at(resources.H5SecurityHeadersPolicy, 'Properties', 'ResponseHeadersPolicyConfig', 'SecurityHeadersConfig') as Node;
/** AWS's managed cache policy "CachingDisabled". */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5346e7a2c4';
const ONE_YEAR_SECONDS = 31_536_000;

describe('the H5 site in the template', () => {
  it('is one of the resources files serverless.yml deploys', () => {
    expect(readFileSync(join(root, 'serverless.yml'), 'utf8')).toContain('- ${file(infra/h5.yml)}');
  });

  it('stays a handful of resources: bucket, its policy, origin access, a cache policy, a headers policy, the distribution', () => {
    expect(Object.fromEntries(Object.entries(resources).map(([name, r]) => [name, r.Type]))).toEqual({
      H5SiteBucket: 'AWS::S3::Bucket',
      H5SiteBucketPolicy: 'AWS::S3::BucketPolicy',
      H5SiteOriginAccessControl: 'AWS::CloudFront::OriginAccessControl',
      H5HashedAssetCachePolicy: 'AWS::CloudFront::CachePolicy',
      H5SecurityHeadersPolicy: 'AWS::CloudFront::ResponseHeadersPolicy',
      H5SiteDistribution: 'AWS::CloudFront::Distribution',
    });
  });

  it('keeps the bucket private: only the distribution reads it, through Origin Access Control', () => {
    expect(at(resources.H5SiteBucket, 'Properties', 'PublicAccessBlockConfiguration')).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    const [origin] = distribution.Origins as Node[];
    expect(origin!.OriginAccessControlId).toEqual({ 'Fn::GetAtt': ['H5SiteOriginAccessControl', 'Id'] });
    const [allow] = at(resources.H5SiteBucketPolicy, 'Properties', 'PolicyDocument', 'Statement') as Node[];
    expect(allow).toMatchObject({ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' });
    expect(JSON.stringify(allow!.Condition)).toContain('distribution/${H5SiteDistribution}');
  });

  it('compresses everything and answers over HTTPS only, with the security headers', () => {
    for (const behaviour of behaviours) {
      expect(behaviour.Compress).toBe(true);
      expect(behaviour.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(behaviour.ResponseHeadersPolicyId).toEqual({ Ref: 'H5SecurityHeadersPolicy' });
    }
    expect(distribution.DefaultRootObject).toBe('index.html');
  });

  it('caches the hashed folders for a year at the edge, with brotli and gzip variants, and never index.html', () => {
    const hashed = (distribution.CacheBehaviors as Node[]).map((b) => [b.PathPattern, b.CachePolicyId]);
    expect(hashed).toEqual([
      ['js/*', { Ref: 'H5HashedAssetCachePolicy' }],
      ['css/*', { Ref: 'H5HashedAssetCachePolicy' }],
      ['static/*', { Ref: 'H5HashedAssetCachePolicy' }],
    ]);
    const policy = at(resources.H5HashedAssetCachePolicy, 'Properties', 'CachePolicyConfig') as Node;
    expect([policy.MinTTL, policy.DefaultTTL, policy.MaxTTL]).toEqual([ONE_YEAR_SECONDS, ONE_YEAR_SECONDS, ONE_YEAR_SECONDS]);
    expect(at(policy, 'ParametersInCacheKeyAndForwardedToOrigin')).toMatchObject({ EnableAcceptEncodingGzip: true, EnableAcceptEncodingBrotli: true });
    expect((distribution.DefaultCacheBehavior as Node).CachePolicyId).toBe(CACHING_DISABLED);
  });

  it('sends the security headers the local server sends (functions/src/local/api/securityHeaders.ts)', () => {
    const hsts = securityConfig.StrictTransportSecurity as Node;
    const hstsValue = `max-age=${String(hsts.AccessControlMaxAgeSec)}${hsts.IncludeSubdomains ? '; includeSubDomains' : ''}${hsts.Preload ? '; preload' : ''}`;
    expect(hstsValue).toBe(strictTransportSecurity);
    expect(securityConfig.ContentTypeOptions).toEqual({ Override: true });
    expect(at(securityConfig, 'ReferrerPolicy', 'ReferrerPolicy')).toBe(referrerPolicy);
    expect(at(securityConfig, 'FrameOptions', 'FrameOption')).toBe(frameOptions);

    const cloudCsp = at(securityConfig, 'ContentSecurityPolicy', 'ContentSecurityPolicy', 'Fn::Sub') as string;
    const api = 'https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}';
    const photos = 'https://${PhotoBucket.RegionalDomainName}';
    expect(cloudCsp).toBe(contentSecurityPolicy({ api, photos }));
  });

  it('allows the app, the API, the photo bucket and picked photos, and no eval nor framing', () => {
    const directives = Object.fromEntries(
      (at(securityConfig, 'ContentSecurityPolicy', 'ContentSecurityPolicy', 'Fn::Sub') as string).split('; ').map((d) => {
        const [name, ...values] = d.split(' ');
        return [name, values];
      }),
    ) as Record<string, string[]>;
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://${PhotoBucket.RegionalDomainName}']);
    expect(directives['connect-src']).toEqual(["'self'", 'blob:', 'https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}', 'https://${PhotoBucket.RegionalDomainName}']);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(JSON.stringify(directives)).not.toContain('unsafe-eval');
  });

  it('outputs the site URL and the bucket the upload script writes to', () => {
    expect(at(template.Outputs, 'H5SiteUrl', 'Value')).toEqual({ 'Fn::Sub': 'https://${H5SiteDistribution.DomainName}' });
    expect(at(template.Outputs, 'H5SiteBucketName', 'Value')).toEqual({ Ref: 'H5SiteBucket' });
  });

  it('is uploaded with a year for the hashed files and no-cache for index.html, index.html last', () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const upload = scripts['deploy:h5']!;
    expect(upload).toMatch(/aws s3 sync miniapp\/dist\/h5 "s3:\/\/\$H5_BUCKET" --exclude index.html --cache-control 'public, max-age=31536000, immutable'/);
    expect(upload).toMatch(/aws s3 cp miniapp\/dist\/h5\/index.html "s3:\/\/\$H5_BUCKET\/index.html" --cache-control no-cache$/);
  });
});
