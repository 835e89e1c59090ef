import type { Readable } from 'node:stream';
import yazl from 'yazl';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { writeWorkbook } from '../../platform/excel/export';
import { archiveDocTypeLabels } from './archive-doc-types';
import { entryAttachments, entryDate, entryFileName, hasPdf, openEntryContent, readEntryHeads } from './archive-file';
import { findOrganizationInReach } from '../organizations/find-organization';
import { personalNumbersFor } from './personal-numbers';

export const archiveIndexName = '目录.xlsx';

/**
 * The whole archive as one zip: an index (目录.xlsx: type, version, title, date, issuing body,
 * file name) and each document in a folder named for its type. The zip is streamed: documents are
 * rendered or read one at a time as the client takes them, so memory stays flat however large the
 * archive. Audited once, as a download of every document in it.
 */
export async function exportArchiveZip({ ctx, organizationId }: { ctx: ActorCtx; organizationId: string }) {
  await authorize(ctx, 'archive.read');
  const organization = await findOrganizationInReach(ctx, organizationId);
  const entries = await readEntryHeads(ctx, organization);
  const files = await entryAttachments(ctx.db, entries.map((e) => e.attachmentId));
  const numbers = personalNumbersFor(ctx);

  const taken = new Set<string>();
  const items = entries.flatMap((entry) => {
    const attachment = entry.attachmentId ? files.get(entry.attachmentId) : undefined;
    if (!hasPdf(entry) && !attachment) return [];
    const folder = archiveDocTypeLabels[entry.docType].zh;
    let name = `${folder}/${entryFileName(entry, attachment)}`;
    // Two uploads may share a title: the version tells them apart.
    if (taken.has(name)) name = name.replace(/(\.[^./]*)?$/, (ext) => `（${entry.version}）${ext}`);
    taken.add(name);
    return [{ entry, attachment, name }];
  });
  const index = await writeWorkbook([{
    name: '档案目录',
    rows: items.map((item, i) => ({ ...item, seq: i + 1 })),
    columns: [
      { header: '序号', key: 'seq', value: (r) => r.seq },
      { header: '类型', key: 'type', value: (r) => archiveDocTypeLabels[r.entry.docType].zh },
      { header: '版本', key: 'version', value: (r) => r.entry.version },
      { header: '标题', key: 'title', value: (r) => r.entry.title },
      { header: '日期', key: 'date', value: (r) => entryDate(r.entry) },
      { header: '出具单位', key: 'issuedBy', value: (r) => r.entry.issuedBy },
      { header: '文件名', key: 'file', value: (r) => r.name },
    ],
  }]);
  await recordAudit(ctx.db, auditActor(ctx), {
    action: 'archive.download', targetType: 'organization', targetId: organization.id,
    details: { format: 'zip', documents: items.length, fullNumbers: numbers.full },
  });

  const zip = new yazl.ZipFile();
  zip.addBuffer(index, archiveIndexName);
  for (const item of items) {
    zip.addReadStreamLazy(item.name, (callback) => {
      openEntryContent(ctx, item.entry, item.attachment, numbers)
        .then((file) => callback(null, file!.content))
        .catch((error: unknown) => callback(error, undefined as never));
    });
  }
  // A document that fails mid-way ends the download with an error instead of leaving it hanging.
  const output = zip.outputStream as Readable;
  zip.on('error', (error: Error) => output.destroy(error));
  zip.end();
  return { fileName: `${organization.name}-档案.zip`, stream: output };
}
