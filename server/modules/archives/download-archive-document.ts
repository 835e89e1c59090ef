import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { NotFoundError } from '../../platform/errors';
import { archiveDocuments } from './archives.tables';
import { entryAttachments, entryFileName, entryHeadColumns, openEntryContent } from './archive-file';
import { findOrganizationInReach } from '../organizations/find-organization';
import { personalNumbersFor } from './personal-numbers';

/**
 * One archive document: the PDF rendered from its snapshot, or the uploaded file. Each download is
 * audited (`archive.download`), since the filed papers carry personal numbers.
 */
export async function downloadArchiveDocument({ ctx, organizationId, docId }: { ctx: ActorCtx; organizationId: string; docId: string }) {
  await authorize(ctx, 'archive.read');
  const organization = await findOrganizationInReach(ctx, organizationId);
  const [entry] = await ctx.db.select(entryHeadColumns).from(archiveDocuments).where(and(
    eq(archiveDocuments.districtCode, organization.districtCode), eq(archiveDocuments.organizationId, organization.id),
    eq(archiveDocuments.id, docId), inScope(ctx.actor, archiveDocuments),
  ));
  const notFound = () => new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Archive document' : '档案文件' });
  if (!entry) throw notFound();
  const attachment = (await entryAttachments(ctx.db, [entry.attachmentId])).get(entry.attachmentId ?? '');
  const numbers = personalNumbersFor(ctx);
  const file = await openEntryContent(ctx, entry, attachment, numbers);
  if (!file) throw notFound();
  await recordAudit(ctx.db, auditActor(ctx), {
    action: 'archive.download', targetType: 'archive_document', targetId: entry.id,
    details: { organizationId: organization.id, docType: entry.docType, version: entry.version, fullNumbers: numbers.full },
  });
  return { ...file, fileName: `${organization.name}-${entryFileName(entry, attachment)}` };
}
