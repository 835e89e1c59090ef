import { residentIdCheckCharacter } from '../platform/validators';

/** A roster line as the filing form takes it. */
export type DemoMember = { name: string; idNumber: string; phone: string; isLeader: boolean; partyMember: boolean };

const surnames = [...'陈李黄梁何罗林刘张吴邓冯朱曾郑谢潘苏钟叶赖彭杨周徐邱廖胡温卢'];
const femaleGivenNames = [
  '秀英', '丽华', '美玲', '淑芬', '桂英', '玉珍', '凤娇', '月娥', '婉婷', '晓燕', '慧敏', '嘉欣', '少芳', '惠娟', '银好',
  '素梅', '丽娟', '雪梅', '碧霞', '翠莲', '佩仪', '敏仪', '咏诗', '洁莹',
];
const maleGivenNames = [
  '国强', '志明', '建华', '伟雄', '锦荣', '德昌', '永康', '家豪', '俊杰', '振邦', '汉文', '炳坤', '耀光', '伟明', '树根',
  '卓华', '启明', '志坚', '文辉', '景福', '子轩', '浩然', '冠宇', '嘉俊',
];
/** Where residents of 清城区 were born: mostly 清城区 itself, some from the counties of 清远市. */
const birthplaces = ['441802', '441802', '441802', '441803', '441881', '441821', '441823', '441825'];
const phonePrefixes = ['135', '136', '137', '138', '139', '150', '158', '188', '189', '133', '180', '199'];

/** A small deterministic generator (mulberry32), so the demo holds the same people on every start. */
function random(seedText: string): () => number {
  let seed = [...seedText].reduce((h, c) => Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0, 2166136261);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A roster of `count` residents with valid resident IDs (birthplace + birth date in the given years +
 * a sequence whose parity is the gender + GB 11643 check character) and mobile numbers. The first is
 * the leader; about one in four are party members. `femaleShare` suits the group (a dance team, a
 * patrol). The same `seed` always gives the same people.
 */
export function demoRoster(seed: string, count: number, birthYears: [number, number], femaleShare = 0.5): DemoMember[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const ids = new Set<string>();
  const names = new Set<string>();
  const members: DemoMember[] = [];
  while (members.length < count) {
    const female = next() < femaleShare;
    const name = pick(surnames) + pick(female ? femaleGivenNames : maleGivenNames);
    const year = birthYears[0] + Math.floor(next() * (birthYears[1] - birthYears[0] + 1));
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const sequence = 10 + Math.floor(next() * 90);
    const genderDigit = 2 * Math.floor(next() * 5) + (female ? 0 : 1);
    const first17 = `${pick(birthplaces)}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${sequence}${genderDigit}`;
    const idNumber = first17 + residentIdCheckCharacter(first17);
    if (ids.has(idNumber) || names.has(name)) continue;
    ids.add(idNumber);
    names.add(name);
    const phone = pick(phonePrefixes) + String(Math.floor(next() * 1e8)).padStart(8, '0');
    members.push({ name, idNumber, phone, isLeader: members.length === 0, partyMember: next() < 0.25 });
  }
  return members;
}

/** The demo `volunteer` account's volunteer record (李阿姨, retired, 63 in 2026). */
export const demoVolunteerRecord = {
  name: '李秀兰',
  idNumber: `44180219630512202${residentIdCheckCharacter('44180219630512202')}`,
  skills: ['medical', 'arts'],
  interests: ['elder_care', 'culture'],
  availability: '工作日上午、周末全天',
};
