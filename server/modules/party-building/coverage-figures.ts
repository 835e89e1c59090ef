/** The 两个覆盖 figures of one place: counts, and rates over the active organizations (null when there are none). */
export type CoverageCounts = {
  active: number; ownBranch: number; jointBranch: number; instructor: number;
  leaderPartyMembers: number; partyMembers: number;
};

export type CoverageFigures = CoverageCounts & {
  /** 组织覆盖: own or joint branch. */
  organizational: number;
  /** 工作覆盖: organizational coverage or an instructor. */
  work: number;
  organizationalRate: number | null;
  workRate: number | null;
};

const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null);

export function coverageFigures(counts: CoverageCounts): CoverageFigures {
  const organizational = counts.ownBranch + counts.jointBranch;
  const work = organizational + counts.instructor;
  return {
    ...counts, organizational, work,
    organizationalRate: rate(organizational, counts.active), workRate: rate(work, counts.active),
  };
}

export const noCoverage: CoverageCounts = { active: 0, ownBranch: 0, jointBranch: 0, instructor: 0, leaderPartyMembers: 0, partyMembers: 0 };

export function sumCounts(rows: CoverageCounts[]): CoverageCounts {
  return rows.reduce((sum, r) => ({
    active: sum.active + r.active, ownBranch: sum.ownBranch + r.ownBranch, jointBranch: sum.jointBranch + r.jointBranch,
    instructor: sum.instructor + r.instructor, leaderPartyMembers: sum.leaderPartyMembers + r.leaderPartyMembers,
    partyMembers: sum.partyMembers + r.partyMembers,
  }), noCoverage);
}
