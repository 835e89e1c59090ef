import type { FastifyRequest } from 'fastify';
import { PayloadTooLargeError, ValidationError } from '../errors';

export type Upload = { fileName: string; content: Buffer };

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Reads the one file of a multipart request into memory, refusing it past `maxBytes`. */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart()) throw new ValidationError('fileMissing', {}, [{ path: 'file', key: 'fileMissing' }]);
  const part = await request.file({ limits: { fileSize: maxBytes } });
  if (!part) throw new ValidationError('fileMissing', {}, [{ path: 'file', key: 'fileMissing' }]);
  const content = await part.toBuffer().catch((error: { code?: string }) => {
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new PayloadTooLargeError('fileTooLarge', { max: formatBytes(maxBytes) });
    throw error;
  });
  return { fileName: part.filename, content };
}
