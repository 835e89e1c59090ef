import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { archiveDocTypes } from './archives.tables';
import { entryAttachments, readEntryHeads } from './archive-file';
import { findOrganizationInReach } from '../organizations/find-organization';
import { presentArchiveEntry, presentDocType } from './archive-presenter';
import { uploadTypesFor } from './upload-archive-document';

/** An organization's archive by document type, each with its versions newest first, and what this user may add. */
export async function listArchive({ ctx, organizationId }: { ctx: ActorCtx; organizationId: string }) {
  await authorize(ctx, 'archive.read');
  const organization = await findOrganizationInReach(ctx, organizationId);
  const entries = await readEntryHeads(ctx, organization);
  const files = await entryAttachments(ctx.db, entries.map((e) => e.attachmentId));
  const groups = archiveDocTypes
    .map((docType) => ({ ...presentDocType(docType), entries: entries.filter((e) => e.docType === docType) }))
    .filter((group) => group.entries.length)
    .map((group) => ({ ...group, entries: group.entries.map((e) => presentArchiveEntry(e, e.attachmentId ? files.get(e.attachmentId) : undefined)) }));
  return {
    organization: { id: organization.id, name: organization.name },
    groups,
    total: entries.length,
    uploadTypes: uploadTypesFor(ctx).map(presentDocType),
  };
}
