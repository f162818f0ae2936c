import { createS3Client } from '../s3/client';
import { S3PhotoStore } from '../s3/s3PhotoStore';
import type { PhotoStore } from '../../domain/ports';
import type { AdapterContext } from './types';

/** Ticket photos in S3: presigned POST and GET, HeadObject of uploaded keys. */
export const photoStore = ({ config, clock }: AdapterContext): PhotoStore =>
  new S3PhotoStore(createS3Client({ endpoint: config.s3Endpoint, region: config.region }), config.photoBucket, clock);
