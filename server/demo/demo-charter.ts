import type { CharterPartKey } from '../modules/organizations/charter';
import type { DemoOrganization } from './demo-organizations';

/** A charter on the model charter's parts (《社区社会组织章程示范文本》), filled in from the organization's items. */
export function demoCharter(o: DemoOrganization, communityName: string): Record<CharterPartKey, string> {
  return {
    nameAndAddress: `本组织名称为${o.name}，活动地址：${o.address}。`,
    purpose: `本组织的宗旨是：${o.purpose}。本组织遵守宪法、法律、法规和国家政策，践行社会主义核心价值观，弘扬奉献、友爱、互助、进步的志愿精神。`,
    scopeAndArea: `业务范围：${o.businessScope}。活动地域：${communityName}及周边。本组织不从事营利性活动。`,
    members: '凡居住或工作在本社区、认同本章程、自愿参加本组织活动的居民，经本人申请、负责人同意即可成为成员；成员可以书面或口头方式自愿退出。'
      + '成员享有参加活动、选举和被选举、对本组织工作提出意见建议的权利，履行遵守章程、执行决议、维护本组织声誉的义务。',
    organs: '成员大会是本组织的最高决策机构，每年至少召开一次，决定章程修改、负责人选举和终止等重大事项。'
      + '本组织设负责人一名、联络员一名，由成员大会民主选举产生，每届任期三年，可连选连任。',
    partyBuilding: '本组织坚持中国共产党的全面领导，在社区党组织指导下开展党的工作，支持党员成员亮身份、作表率；条件具备时按规定建立党的组织。',
    fundsAndAssets: `经费来源：${o.fundingSource}。经费只用于章程规定的活动，不在成员中分配；收支情况每半年向全体成员公开一次，接受社区居（村）民委员会监督。`,
    amendment: '章程的修改须经成员大会到会成员三分之二以上表决通过，报社区居（村）民委员会初审、街道办事处审核备案后生效。',
    termination: '本组织完成宗旨或无法继续开展活动的，经成员大会表决通过后终止，向社区居（村）民委员会提出退出申请；剩余财产在社区居（村）民委员会监督下用于与本组织宗旨相关的社区公益事业。',
    supplementary: `本章程于${o.foundedOn.slice(0, 4)}年经成员大会表决通过，自备案之日起生效，解释权属本组织成员大会。`,
  };
}
