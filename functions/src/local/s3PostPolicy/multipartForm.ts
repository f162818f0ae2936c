import busboy from 'busboy';
import type { IncomingHttpHeaders } from 'node:http';

export interface MultipartPost {
  /** The fields before the file part, in order (S3 ignores whatever follows the file). */
  fields: [string, string][];
  /** The size of the part named `file`; null when there is none. */
  fileSize: number | null;
}

/**
 * Reads a multipart/form-data body the way S3 reads a POST upload: text fields up to the part
 * named `file`, whose bytes are counted, and nothing after it. Rejects a malformed body.
 */
export function parseMultipartPost(headers: IncomingHttpHeaders, body: Buffer): Promise<MultipartPost> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers, defParamCharset: 'utf8', limits: { fieldSize: 1024 * 1024 } });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const fields: [string, string][] = [];
    let fileSize: number | null = null;
    let fileSeen = false;
    parser.on('field', (name, value) => {
      if (!fileSeen) fields.push([name, value]);
    });
    parser.on('file', (name, stream) => {
      if (fileSeen || name !== 'file') {
        stream.resume();
        return;
      }
      fileSeen = true;
      fileSize = 0;
      stream.on('data', (chunk: Buffer) => (fileSize! += chunk.length));
    });
    parser.on('error', reject);
    parser.on('close', () => resolve({ fields, fileSize }));
    parser.end(body);
  });
}
