import { S3Client } from '@aws-sdk/client-s3';

/**
 * One S3 client per process. With an endpoint (the local stack's s3rver) it uses path-style
 * URLs and s3rver's fixed credentials come from the environment. Checksums only when S3 needs
 * them, also in production: by default the SDK adds checksum framing to streamed bodies and
 * presigned URLs, which browsers and wx.uploadFile cannot reproduce.
 */
export function createS3Client(options: { endpoint?: string; region: string }): S3Client {
  return new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
}
