import type { Role } from './roles';

const staff: Role[] = ['admin', 'auditor', 'bureau', 'street', 'committee', 'hub'];
const everyone: Role[] = [...staff, 'org', 'reviewer', 'volunteer'];

/**
 * Who may do what. Every action a route exposes is named here; `can()` also checks that the
 * resource lies inside the actor's subtree. Modules add their lines as they land.
 */
export const rules = {
  'jurisdiction.read': { roles: everyone },
  'jurisdiction.update': { roles: ['admin', 'bureau', 'street', 'committee'] },
  'jurisdiction.import': { roles: ['admin'] },
  'user.read': { roles: ['admin'] },
  'user.create': { roles: ['admin'] },
  'user.update': { roles: ['admin'] },
  'user.resetPassword': { roles: ['admin'] },
  /** Seeing a phone number unmasked is itself audited. */
  'user.revealPhone': { roles: ['admin'] },
  'audit.read': { roles: ['admin', 'auditor'] },
  'loginLog.read': { roles: ['admin', 'auditor'] },
  'dictionary.update': { roles: ['admin'] },
  'setting.read': { roles: ['admin'] },
  'setting.update': { roles: ['admin'] },
  /** Run a scheduled job now (and list them), instead of waiting for its cron. */
  'job.run': { roles: ['admin'] },
  'attachment.upload': { roles: everyone },
  'attachment.read': { roles: everyone },
  /** Filing (备案): founders and committee clerks draft; reviewers see cases in their subtree. */
  'filing.create': { roles: ['org', 'committee'] },
  'filing.edit': { roles: ['org', 'committee'] },
  'filing.read': { roles: ['admin', 'bureau', 'street', 'committee', 'hub', 'org'] },
  'filing.answerObjection': { roles: ['street'] },
  /** 撤销备案: the street revokes a filing for cause. */
  'filing.revoke': { roles: ['street'] },
  /** 表扬信 after a termination: the street or the committee thanks the organization. */
  'filing.commend': { roles: ['street', 'committee'] },
  'organization.read': { roles: ['admin', 'bureau', 'street', 'committee', 'hub', 'org'] },
  'organization.recordRegistered': { roles: ['bureau'] },
  'organization.recordGuided': { roles: ['committee'] },
  /** 档案: one archive seen from the street, the committee, the hub and the organization (an `org` user: its own only). */
  'archive.read': { roles: ['admin', 'bureau', 'street', 'committee', 'hub', 'org'] },
  /** Uploads by the organization's committee, street, the street's hub and the bureau; an `org` user uploads disclosures only. */
  'archive.upload': { roles: ['bureau', 'street', 'committee', 'hub', 'org'] },
  /** Full ID and phone numbers on the filed papers (备案表, 花名册): the street keeps them, the bureau oversees; others see them masked. */
  'archive.readPersonalNumbers': { roles: ['street', 'bureau'] },
  /** 拟登记台账 (seed 001 第二条): the bureau lists, guides and records the registration outcome. */
  'registrationLedger.read': { roles: ['bureau'] },
  'registrationLedger.manage': { roles: ['bureau'] },
  /** The bureau designates a hub organization (枢纽型) for a street of its district. */
  'organization.designateHub': { roles: ['bureau'] },
  /** 工作台账: the hub generates and submits, the district bureau acknowledges or returns, the street looks on. */
  'hubLedger.read': { roles: ['bureau', 'street', 'hub'] },
  'hubLedger.generate': { roles: ['hub'] },
  // --- Volunteers (M5.1): staff see volunteers of their subtree; a leader, its teams' members.
  'volunteer.read': { roles: ['bureau', 'street', 'committee', 'org'] },
  'volunteer.enrol': { roles: ['committee', 'org'] },
  /** A volunteer's own profile, teams and records (the portal's 我的). */
  'volunteer.self': { roles: ['volunteer'] },
  'volunteerStation.manage': { roles: ['street', 'committee'] },
  'volunteerTeam.manage': { roles: ['street', 'committee', 'org'] },
  // --- Activities (M5.2): a volunteer publishes and manages only as a station's or team's manager.
  'activity.read': { roles: ['bureau', 'street', 'committee', 'hub', 'org', 'volunteer'] },
  'activity.publish': { roles: ['street', 'committee', 'org', 'volunteer'] },
  'activity.manage': { roles: ['street', 'committee', 'org', 'volunteer'] },
  'activity.signUp': { roles: ['volunteer'] },
  'helpRequest.read': { roles: ['bureau', 'street', 'committee'] },
  'helpRequest.manage': { roles: ['street', 'committee'] },
  // --- Service records, certificates, credit records (M5.3, M5.4).
  'serviceRecord.read': { roles: ['bureau', 'street', 'committee', 'hub', 'org'] },
  'serviceRecord.confirm': { roles: ['street', 'committee', 'org', 'volunteer'] },
  'serviceRecord.correct': { roles: ['street', 'committee'] },
  'serviceCertificate.issue': { roles: ['street', 'committee', 'volunteer'] },
  'creditRecord.read': { roles: ['bureau', 'street', 'committee'] },
  'creditRecord.record': { roles: ['street', 'committee', 'org', 'volunteer'] },
  'creditRecord.contest': { roles: ['volunteer'] },
  'creditRecord.decide': { roles: ['street', 'committee'] },
  // --- Time bank and points (M5.5, M5.6).
  'timeBank.read': { roles: ['bureau', 'street', 'committee'] },
  /** A volunteer's own withdrawals, transfers and donations (their balance is read with `volunteer.self`). */
  'timeBank.move': { roles: ['volunteer'] },
  /** Time bank and points rules for a city or district (jurisdiction settings). */
  'jurisdictionSetting.update': { roles: ['admin', 'bureau'] },
  'rewardItem.manage': { roles: ['bureau', 'street', 'committee'] },
  'points.redeem': { roles: ['volunteer'] },
  /** The provider's account (any role) or staff where the item is confirm a pickup. */
  'redemption.confirm': { roles: ['bureau', 'street', 'committee', 'hub', 'org', 'volunteer'] },
  'ledgerCheck.read': { roles: ['admin', 'auditor'] },
  // --- Supervision (M2): reports, evaluations, checks, credit lists, grades; party building (M3).
  /** An organization's supervision timeline (监管记录): whoever may read the organization. */
  'organizationTimeline.read': { roles: ['admin', 'bureau', 'street', 'committee', 'hub', 'org'] },
  /** 定期报告: the organization reports to its community's 两委; the committee acknowledges or asks for more. */
  'workReport.read': { roles: ['bureau', 'street', 'committee', 'org'] },
  'workReport.submit': { roles: ['org'] },
  'workReport.review': { roles: ['committee'] },
  /** 重大活动报告: the organization reports; the committee (or the street above the threshold) acknowledges. */
  'majorActivity.read': { roles: ['bureau', 'street', 'committee', 'org'] },
  'majorActivity.report': { roles: ['org'] },
  'majorActivity.review': { roles: ['street', 'committee'] },
  /** 满意度测评: a committee or street opens rounds for its area and names evaluators; a leader sees its own organization's results. */
  'satisfaction.read': { roles: ['bureau', 'street', 'committee'] },
  'satisfaction.readOrganization': { roles: ['bureau', 'street', 'committee', 'org'] },
  'satisfaction.manage': { roles: ['street', 'committee'] },
  /** 年报: the organization files; the street reviews filed ones, the bureau registered ones. */
  'annualReport.read': { roles: ['bureau', 'street', 'committee', 'hub', 'org'] },
  'annualReport.submit': { roles: ['org'] },
  'annualReport.review': { roles: ['street', 'bureau'] },
  /** 双随机抽查: the bureau draws and records; notices, letters and talks by the bureau or the street. */
  'spotCheck.read': { roles: ['bureau', 'street'] },
  'spotCheck.draw': { roles: ['bureau'] },
  'spotCheck.record': { roles: ['bureau', 'street'] },
  'supervisionNotice.read': { roles: ['bureau', 'street', 'committee', 'org'] },
  'supervisionNotice.issue': { roles: ['bureau', 'street'] },
  'rectification.report': { roles: ['org'] },
  'rectification.accept': { roles: ['bureau', 'street'] },
  /** 活动异常名录 · 严重违法失信名单: staff enter and decide objections and repair; the organization asks. */
  'creditList.read': { roles: ['bureau', 'street', 'committee', 'org'] },
  'creditList.enter': { roles: ['bureau', 'street'] },
  'creditList.decide': { roles: ['bureau', 'street'] },
  'creditList.request': { roles: ['org'] },
  /** 僵尸型清理: the job proposes; the street (filed) or bureau (registered) decides; staff record failed contacts. */
  'dormant.read': { roles: ['bureau', 'street'] },
  'dormant.decide': { roles: ['bureau', 'street'] },
  'contactAttempt.record': { roles: ['bureau', 'street', 'committee'] },
  /** 评价体系 and 等级评估: the bureau edits the index and runs evaluations; experts (reviewer) score. */
  'evaluationIndex.read': { roles: ['bureau', 'street', 'reviewer'] },
  'evaluationIndex.update': { roles: ['bureau'] },
  'grade.read': { roles: ['bureau', 'street', 'committee', 'org', 'reviewer'] },
  'grade.apply': { roles: ['org'] },
  'grade.manage': { roles: ['bureau'] },
  'grade.score': { roles: ['reviewer'] },
  /** 党建: status, branch and instructor kept by the street or committee; coverage read by staff. */
  'partyBuilding.read': { roles: ['bureau', 'street', 'committee', 'org'] },
  'partyBuilding.update': { roles: ['street', 'committee'] },
  /** 两个覆盖 statistics and the organizations without coverage: staff only (a leader reads their own organization). */
  'partyBuilding.coverage': { roles: ['bureau', 'street', 'committee'] },
  // --- Statistics (M8): figures for the staff of every level, each over its own subtree.
  /** 组织发展统计: organizations by status, class and category, density per community against the targets. */
  'statistics.organizations': { roles: ['admin', 'bureau', 'street', 'committee'] },
} satisfies Record<string, { roles: Role[] }>;

export type PolicyAction = keyof typeof rules;
