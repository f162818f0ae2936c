import type { Upload } from '../../functions/src/contract/uploads';

/** The start and end markers of a JPEG around some bytes: enough for S3, which never decodes it, and for the signature check. */
export const jpeg = (size = 64, seed = 31) => {
  const bytes = new Uint8Array(size).map((_, i) => (i * seed) % 256);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  bytes.set([0xff, 0xd9], size - 2);
  return bytes;
};

/** What wx.uploadFile does: the form fields in order, then the file, named `file`. */
export function postToS3(upload: Upload, bytes: Uint8Array, contentType = upload.fields['Content-Type']!): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, name === 'Content-Type' ? contentType : value);
  form.append('file', new Blob([bytes], { type: contentType }), 'photo');
  return fetch(upload.url, { method: 'POST', body: form });
}
