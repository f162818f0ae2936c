import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Clock, KeptPhoto, PhotoStore, PresignedUpload } from '../../domain/ports';

/** PhotoStore on one private bucket. Presigning is local computation; keep() and discard() call S3. */
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

  async keep(uploadKey: string, keptKey: string, firstBytes: number): Promise<KeptPhoto | null> {
    try {
      await this.s3.send(new CopyObjectCommand({ Bucket: this.bucket, Key: keptKey, CopySource: `${this.bucket}/${uploadKey}` }));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    const read = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: keptKey, Range: `bytes=0-${firstBytes - 1}` }));
    const start = read.Body ? await read.Body.transformToByteArray() : new Uint8Array(0);
    return { sizeBytes: totalSize(read.ContentRange) ?? read.ContentLength ?? 0, contentType: read.ContentType ?? null, firstBytes: start };
  }

  async discard(keptKey: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: keptKey }));
  }
}

/** The whole object's size from a ranged read's `bytes 0-15/2048`. */
function totalSize(contentRange: string | undefined): number | undefined {
  const total = contentRange && /\/(\d+)$/.exec(contentRange)?.[1];
  return total ? Number(total) : undefined;
}

/** S3 answers a copy of a missing key with NoSuchKey (404; 403 without ListBucket, which the roles grant). */
function isMissing(error: unknown): boolean {
  return error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;
}
