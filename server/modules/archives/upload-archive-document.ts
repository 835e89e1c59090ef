import { and, eq } from 'drizzle-orm';
import { shanghaiDate } from '../../platform/dates';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { can, inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ForbiddenError, ValidationError, type FieldError } from '../../platform/errors';
import { attachments } from '../../platform/files/files.tables';
import { uploadableDocTypes, type ArchiveDocType } from './archives.tables';
import type { uploadArchiveDocumentBodySchema } from './archives.schemas';
import { appendArchiveDocument } from './archive-filed-version';
import { findOrganizationInReach } from '../organizations/find-organization';
import { presentArchiveEntry } from './archive-presenter';

/** What this user may add to an archive: staff any uploadable type, an organization its disclosures (信息公开) only. */
export function uploadTypesFor(ctx: ActorCtx): readonly ArchiveDocType[] {
  if (!can(ctx.actor, 'archive.upload')) return [];
  return ctx.actor.role === 'org' ? ['disclosure'] : uploadableDocTypes;
}

/**
 * Files a paper into an organization's archive (a department's handling result, a disclosure, a
 * report…): the file is uploaded first (POST /api/attachments) and named here with its type,
 * title, issuing body and date. It becomes the next entry of its type.
 */
export async function uploadArchiveDocument({ ctx, organizationId, input }: {
  ctx: ActorCtx; organizationId: string; input: z.infer<typeof uploadArchiveDocumentBodySchema>;
}) {
  await authorize(ctx, 'archive.upload');
  if (!uploadTypesFor(ctx).includes(input.docType)) {
    await recordAudit(ctx.services.database.db, auditActor(ctx), {
      action: 'archive.upload', outcome: 'denied', targetType: 'organization', targetId: organizationId, details: { reason: 'doc_type', docType: input.docType },
    });
    throw new ForbiddenError('archiveDisclosureOnly');
  }
  const organization = await findOrganizationInReach(ctx, organizationId);
  const errors: FieldError[] = [];
  if (input.issuedOn > shanghaiDate(new Date())) errors.push({ path: 'issuedOn', key: 'dateInFuture' });
  const [attachment] = await ctx.db.select().from(attachments).where(and(eq(attachments.id, input.attachmentId), inScope(ctx.actor, attachments)));
  if (!attachment) errors.push({ path: 'attachmentId', key: 'archiveAttachmentUnknown' });
  if (errors.length) throw new ValidationError('validation', {}, errors);

  const entry = await ctx.db.transaction(async (tx) => {
    const row = await appendArchiveDocument(tx, {
      districtCode: organization.districtCode, organizationId: organization.id, docType: input.docType, title: input.title,
      attachmentId: attachment.id, issuedBy: input.issuedBy, issuedOn: input.issuedOn, createdBy: ctx.actor.userId,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'archive.upload', targetType: 'archive_document', targetId: row.id,
      details: { organizationId: organization.id, docType: row.docType, version: row.version, attachmentId: attachment.id },
    });
    return row;
  });
  return presentArchiveEntry({ ...entry, hasSnapshot: false }, attachment);
}
