import { drawGridTable, drawTitle, renderPdf } from '../../platform/pdf/render';
import { paperDate } from '../../platform/dates';
import type { RosterSnapshot } from './organization-papers';
import type { PersonalNumbers } from './personal-numbers';

const columns = [
  { header: '序号', width: 28 }, { header: '姓名', width: 60 }, { header: '性别', width: 30 }, { header: '出生日期', width: 80 },
  { header: '身份证号', width: 118 }, { header: '联系电话', width: 80 }, { header: '负责人', width: 40 }, { header: '党员', width: 40 },
];

/** 成员花名册 as the paper list: one bordered line per member, the header repeated on every page. */
export function renderRosterPdf(snapshot: RosterSnapshot, options: { note: string; numbers: PersonalNumbers }): Promise<Buffer> {
  const title = `${snapshot.organizationName}成员花名册`;
  return renderPdf((doc) => {
    drawTitle(doc, title, 18);
    doc.fontSize(11).text(options.note, { align: 'center' });
    doc.text(`共 ${snapshot.members.length} 人`, { align: 'right' }).moveDown(0.4);
    drawGridTable(doc, columns, snapshot.members.map((m, i) => [
      String(i + 1), m.name, m.gender === 'male' ? '男' : '女', paperDate(m.birthDate),
      options.numbers.idNumber(m.idNumberEnc), options.numbers.phone(m.phoneEnc), m.isLeader ? '是' : '', m.partyMember ? '是' : '',
    ]));
  }, { title });
}
