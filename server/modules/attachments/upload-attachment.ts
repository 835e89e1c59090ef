import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { UnsupportedMediaTypeError } from '../../platform/errors';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { attachments } from '../../platform/files/files.tables';
import type { Upload } from '../../platform/http/upload';

/** What may be attached: scanned documents, photos, office files. Judged by content, not by name. */
export const allowedTypes: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

export async function uploadAttachment({ ctx, readUpload }: { ctx: ActorCtx; readUpload: () => Promise<Upload> }) {
  await authorize(ctx, 'attachment.upload');
  const upload = await readUpload();
  const sniffed = await fileTypeFromBuffer(upload.content);
  if (!sniffed || !allowedTypes[sniffed.mime]) {
    throw new UnsupportedMediaTypeError('fileTypeNotAllowed', { allowed: Object.values(allowedTypes).join('、') });
  }
  const id = randomUUID();
  const { districtCode, jurisdictionCode, userId } = ctx.actor;
  const storageKey = `${districtCode}/${id}`;
  await ctx.services.storage.put(storageKey, upload.content);
  const [row] = await ctx.db.transaction(async (tx) => {
    const inserted = await tx.insert(attachments).values({
      districtCode, id, jurisdictionCode, uploadedBy: userId,
      fileName: upload.fileName.slice(0, 255), mimeType: sniffed.mime, sizeBytes: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'), storageKey,
    }).returning();
    await recordAudit(tx, auditActor(ctx), { action: 'attachment.upload', targetType: 'attachment', targetId: id, details: { mimeType: sniffed.mime, sizeBytes: upload.content.length } });
    return inserted;
  });
  return presentAttachment(row);
}

export function presentAttachment(row: typeof attachments.$inferSelect) {
  return { id: row.id, fileName: row.fileName, mimeType: row.mimeType, sizeBytes: row.sizeBytes, createdAt: row.createdAt.toISOString() };
}
