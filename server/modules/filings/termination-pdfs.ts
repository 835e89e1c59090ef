import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { ConflictError } from '../../platform/errors';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { drawFieldTable, drawTitle, renderPdf } from '../../platform/pdf/render';
import { jurisdictionNames, streetOfficeName } from '../jurisdictions/jurisdiction-names';
import { paperDate, shanghaiDate } from '../../platform/dates';
import { findFilingInScope } from './find-filing';


async function terminationCase(ctx: ActorCtx, id: string) {
  await authorize(ctx, 'filing.read');
  const found = await findFilingInScope(ctx, id);
  if (found.filing.kind !== 'termination') throw new ConflictError('notATermination');
  return found;
}

/**
 * 社区社会组织终止活动申请书 (seed 001 第三条): the application the committee forwards to the street
 * with the charter and the certificate, written from the meeting record entered once.
 */
export async function terminationApplicationPdf({ ctx, id }: { ctx: ActorCtx; id: string }): Promise<Buffer> {
  const { filing, organization } = await terminationCase(ctx, id);
  const meeting = filing.details!.meeting!;
  const names = await jurisdictionNames(ctx.db, [organization.jurisdictionCode]);
  return renderPdf((doc) => {
    drawTitle(doc, '社区社会组织终止活动申请书');
    doc.text(`${names.get(organization.jurisdictionCode) ?? ''}居（村）民委员会：`).moveDown(0.6);
    doc.text(`　　本组织于 ${paperDate(meeting.heldOn)} 召开全体成员会议，对终止活动事项进行表决，现申请终止活动并注销备案。`).moveDown(0.8);
    drawFieldTable(doc, [
      ['组织名称', organization.name],
      ['备案证书编号', organization.certificateNumber ?? ''],
      ['成员总数', `${organization.memberCount} 人`],
      ['到会人数', `${meeting.membersPresent} 人`],
      ['表决结果', `赞成 ${meeting.votesFor} 票，反对 ${meeting.votesAgainst} 票，弃权 ${meeting.abstentions} 票`],
      ['终止原因', meeting.reason],
      ['剩余财产处理', meeting.remainingAssets],
    ]);
    doc.moveDown(2);
    doc.text(`申请组织：${organization.name}（盖章）`, { align: 'right' });
    doc.text(`负责人：${organization.leaderName ?? ''}（签字）`, { align: 'right' });
    doc.text(paperDate(shanghaiDate(filing.submittedAt ?? filing.createdAt)), { align: 'right' });
  }, { title: `终止活动申请书 ${organization.name}` });
}

/**
 * 表扬信: after a termination the street may thank the organization for its years of service
 * (seed 001 第三条, optional). Issuing one is audited.
 */
export async function commendationLetterPdf({ ctx, id }: { ctx: ActorCtx; id: string }): Promise<Buffer> {
  await authorize(ctx, 'filing.commend');
  const { filing, organization } = await terminationCase(ctx, id);
  if (filing.state !== 'terminated') throw new ConflictError('commendationAfterTermination');
  const names = await jurisdictionNames(ctx.db, [organization.streetCode]);
  const office = streetOfficeName(names.get(organization.streetCode) ?? '');
  const founded = organization.foundedOn ? `自 ${paperDate(organization.foundedOn)} 成立以来，` : '';
  const pdf = await renderPdf((doc) => {
    drawTitle(doc, '表　扬　信', 26);
    doc.moveDown(0.5).fontSize(14).text(`${organization.name}全体成员：`).moveDown(0.8);
    doc.text(`　　${founded}你们秉持“${organization.purpose ?? '服务社区、服务居民'}”的宗旨，热心开展${organization.businessScope ?? '社区服务'}等活动，为丰富居民生活、促进邻里和睦作出了积极贡献。`, { lineGap: 6 });
    doc.text('　　值此组织依法终止活动之际，特致此信，对全体成员多年来的辛勤付出表示衷心感谢！希望大家继续关心支持社区建设，在新的岗位上发光发热。', { lineGap: 6 });
    doc.moveDown(3);
    doc.text(office, { align: 'right' });
    doc.text(paperDate(shanghaiDate(new Date())), { align: 'right' });
  }, { title: `表扬信 ${organization.name}` });
  await recordAudit(ctx.db, auditActor(ctx), { action: 'termination.commend', targetType: 'termination', targetId: filing.id });
  return pdf;
}
