import type { ActorCtx } from '../../platform/context';
import type { ExcelColumn } from '../../platform/excel/export';
import type { EnrolmentSource } from './volunteers.tables';
import { volunteerVocabulary } from './volunteer-facts';
import type { VolunteerView } from './volunteer-presenter';

const sourceZh: Record<EnrolmentSource, string> = { self: '本人注册', committee: '社区录入', organization: '组织录入', import: 'Excel 导入' };
const genderZh = { male: '男', female: '女' } as const;

/** The roster as a workbook sheet: the list's rows, numbers still masked, dictionary codes as their Chinese names. */
export async function volunteersSheet(ctx: ActorCtx, rows: VolunteerView[]): Promise<{ name: string; columns: ExcelColumn<VolunteerView>[]; rows: VolunteerView[] }> {
  const vocabulary = await volunteerVocabulary(ctx.db);
  const names = (codes: string[], entries: typeof vocabulary.skills) => codes.map((c) => entries.get(c)?.labelZh ?? c).join('、');
  return {
    name: '志愿者名册',
    rows,
    columns: [
      { header: '姓名', key: 'name', value: (v) => v.name },
      { header: '性别', key: 'gender', value: (v) => genderZh[v.gender] },
      { header: '身份证号', key: 'idNumber', value: (v) => v.idNumberMasked },
      { header: '手机号', key: 'phone', value: (v) => v.phoneMasked },
      { header: '街道/乡镇', key: 'street', value: (v) => v.streetName },
      { header: '社区/村', key: 'community', value: (v) => v.communityName },
      { header: '技能特长', key: 'skills', value: (v) => names(v.skills, vocabulary.skills) },
      { header: '服务意向', key: 'interests', value: (v) => names(v.interests, vocabulary.interests) },
      { header: '可服务时间', key: 'availability', value: (v) => v.availability },
      { header: '所在队伍', key: 'teams', value: (v) => v.teams.map((t) => t.name).join('、') },
      { header: '来源', key: 'source', value: (v) => sourceZh[v.source] },
      { header: '注册时间', key: 'createdAt', value: (v) => new Date(v.createdAt) },
    ],
  };
}
