import * as z from 'zod/mini';
import { IsoDateTime } from './common';
import { PhotoKey } from './tickets';

/** The image types a photo may have; the upload policy fixes the one the app declared. */
export const PhotoContentType = z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/heic']);
export type PhotoContentType = z.infer<typeof PhotoContentType>;

export const CreateUploadBody = z.object({
  contentType: PhotoContentType,
  /** What the photo is for: the fault report (default), a technician's completion, or a confirmation's signature (PNG). */
  purpose: z.optional(z.enum(['report', 'completion', 'signature'])),
});
export type CreateUploadBody = z.infer<typeof CreateUploadBody>;

/**
 * A presigned S3 POST for one photo: send `fields` as multipart form fields in this order,
 * then the file as the last field, named `file` (wx.uploadFile's `formData` + `name: 'file'`).
 */
export const Upload = z
  .object({
    /** The object key; give it in `photoKeys` once the upload succeeded. */
    key: PhotoKey,
    url: z.string(),
    fields: z.record(z.string(), z.string()),
    expiresAt: IsoDateTime,
    maxBytes: z.int(),
  })
  .register(z.globalRegistry, { id: 'Upload' });
export type Upload = z.infer<typeof Upload>;
