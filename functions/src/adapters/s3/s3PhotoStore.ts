import { GetObjectCommand, HeadObjectCommand, NotFound, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Clock, PhotoStore, PresignedUpload, StoredPhoto } from '../../domain/ports';

/** PhotoStore on one private bucket. Presigning is local computation; only head() calls S3. */
export class S3PhotoStore implements PhotoStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
    /** The time the policy is signed at and expires from (the local stack's clock can be moved forward). */
    private readonly clock: Clock = { now: () => new Date() },
  ) {}

  async presignUpload(input: { key: string; contentType: string; maxBytes: number; expiresInSeconds: number; metadata?: Record<string, string> }): Promise<PresignedUpload> {
    const metadataFields = Object.fromEntries(Object.entries(input.metadata ?? {}).map(([name, value]) => [`x-amz-meta-${name}`, value]));
    // Every field in Fields also becomes an exact-match condition of the policy (key, Content-Type, metadata).
    // createPresignedPost takes its time from the client's clock offset: sign at the clock's time.
    const now = this.clock.now();
    const signer = { config: { ...this.s3.config, systemClockOffset: this.s3.config.systemClockOffset + (now.getTime() - Date.now()) } } as S3Client;
    const { url, fields } = await createPresignedPost(signer, {
      Bucket: this.bucket,
      Key: input.key,
      Fields: { 'Content-Type': input.contentType, ...metadataFields },
      Conditions: [
        ['eq', '$Content-Type', input.contentType],
        ['content-length-range', 1, input.maxBytes],
      ],
      Expires: input.expiresInSeconds,
    });
    return { url, fields, expiresAt: new Date(now.getTime() + input.expiresInSeconds * 1000) };
  }

  presignRead(key: string, expiresInSeconds: number): Promise<string> {
    return getSignedUrl(this.s3, new GetObjectCommand({ Bucket: this.bucket, Key: key }), { expiresIn: expiresInSeconds });
  }

  async head(key: string): Promise<StoredPhoto | null> {
    try {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { sizeBytes: head.ContentLength ?? 0, contentType: head.ContentType ?? null };
    } catch (error) {
      if (error instanceof NotFound || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw error;
    }
  }
}
