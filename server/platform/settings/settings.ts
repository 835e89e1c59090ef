import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database';
import { jurisdictionSettings, settings as settingsTable } from './settings.tables';

/**
 * Numbers that are policy, not code (DESIGN §4): declared here with their defaults and schemas,
 * overridden by rows in `settings`. Later modules add their keys to `settingDefinitions`.
 */
export const settingDefinitions = {
  'session.idleMinutes': { schema: z.number().int().min(5).max(480), default: 30 },
  'session.absoluteHours': { schema: z.number().int().min(1).max(72), default: 12 },
  'password.minLength': { schema: z.number().int().min(8).max(64), default: 8 },
  'password.minClasses': { schema: z.number().int().min(1).max(4), default: 3 },
  'password.maxAgeDays': { schema: z.number().int().min(0).max(3650), default: 90 },
  'password.historyCount': { schema: z.number().int().min(0).max(24), default: 5 },
  'lockout.maxFailures': { schema: z.number().int().min(3).max(20), default: 5 },
  'lockout.windowMinutes': { schema: z.number().int().min(1).max(1440), default: 15 },
  'lockout.lockMinutes': { schema: z.number().int().min(1).max(1440), default: 15 },
  'filing.minMembers': { schema: z.number().int().min(1).max(500), default: 10 },
  'filing.noticeDays': { schema: z.number().int().min(1).max(60), default: 7 },
  /** Filed items whose change needs a public notice; a change touching none is filed on approval. */
  'change.noticeItems': {
    schema: z.array(z.enum(['name', 'category', 'address', 'purpose', 'businessScope', 'leaderName', 'fundingSource', 'charter', 'roster'])).max(9),
    default: ['name', 'purpose', 'businessScope', 'leaderName', 'charter'] as string[],
  },
  /** Termination (seed 001 第三条): share of all members present, and of those present voting for. */
  'termination.quorumPercent': { schema: z.number().int().min(1).max(100), default: 67 },
  'termination.approvalPercent': { schema: z.number().int().min(1).max(100), default: 67 },
  /** {district} the district's short name, {year}, {seq:4} the sequence padded to 4 digits. */
  'certificate.numberPattern': { schema: z.string().min(5).max(60).includes('{seq'), default: '{district}社备〔{year}〕{seq:4}号' },
  'attachments.maxBytes': { schema: z.number().int().min(1024).max(200 * 1024 * 1024), default: 20 * 1024 * 1024 },
  /** 工作台账: due this many days after its half year ends; hubs reminded this many days before. */
  'hubLedger.dueDays': { schema: z.number().int().min(1).max(90), default: 15 },
  'hubLedger.remindDays': { schema: z.number().int().min(1).max(60), default: 7 },
  /** Volunteer activities: a cancellation later than this before the start is a late cancellation (诚信记载). */
  'activity.cancelCutoffHours': { schema: z.number().int().min(0).max(168), default: 24 },
  /** Check-in opens this long before the start; check-out closes this long after the end. */
  'activity.checkInOpensMinutes': { schema: z.number().int().min(0).max(240), default: 30 },
  'activity.checkOutClosesMinutes': { schema: z.number().int().min(0).max(720), default: 120 },
  /** Service hours: minutes rounded down to this step; at most this many minutes count in one day. */
  'service.roundingMinutes': { schema: z.number().int().min(1).max(60), default: 15 },
  'service.dailyCapMinutes': { schema: z.number().int().min(60).max(1440), default: 480 },
  /** This many no-shows within the window restrict sign-up for the restriction period. */
  'credit.noShowLimit': { schema: z.number().int().min(1).max(20), default: 3 },
  'credit.noShowWindowDays': { schema: z.number().int().min(7).max(730), default: 180 },
  'credit.restrictionDays': { schema: z.number().int().min(1).max(365), default: 30 },
  /**
   * 时间银行 rules, set per city or district (Nanjing, Beijing and Shanghai differ): hours credited
   * per service type as a percentage (100 unless listed), the lifetime cap on deposits (the excess
   * goes to the donation pool), the age from which hours may be withdrawn, who may receive a transfer.
   */
  'timeBank.creditPercentByServiceType': { schema: z.record(z.string().max(50), z.number().int().min(0).max(500)), default: {} as Record<string, number>, perJurisdiction: true },
  'timeBank.lifetimeCapHours': { schema: z.number().int().min(1).max(100_000), default: 1500, perJurisdiction: true },
  'timeBank.withdrawAge': { schema: z.number().int().min(0).max(100), default: 60, perJurisdiction: true },
  'timeBank.transferRelations': {
    schema: z.array(z.enum(['spouse', 'parent', 'child', 'grandparent', 'grandchild', 'sibling', 'parent_in_law'])).max(7),
    default: ['spouse', 'parent', 'child', 'grandparent', 'grandchild'] as string[], perJurisdiction: true,
  },
  /** 定期报告 to the 两委: the reporting period, and the days after its end a report is due. */
  'workReport.period': { schema: z.enum(['quarter', 'half_year', 'year']), default: 'half_year' as 'quarter' | 'half_year' | 'year' },
  'workReport.dueDays': { schema: z.number().int().min(1).max(90), default: 15 },
  /** 满意度测评: evaluator-kind weights (percent, summing to 100) and the lower bounds of the weighted 0–100 score's bands. */
  'satisfaction.weights': {
    schema: z.object({ committee_member: z.number().int().min(0).max(100), resident_rep: z.number().int().min(0).max(100), local_unit: z.number().int().min(0).max(100) })
      .refine((w) => w.committee_member + w.resident_rep + w.local_unit === 100, 'satisfactionWeightsSum'),
    default: { committee_member: 40, resident_rep: 40, local_unit: 20 },
  },
  'satisfaction.bands': {
    schema: z.object({ satisfied: z.number().min(0).max(100), basicallySatisfied: z.number().min(0).max(100) })
      .refine((b) => b.satisfied > b.basicallySatisfied, 'satisfactionBandsOrder'),
    default: { satisfied: 80, basicallySatisfied: 60 },
  },
  /** 重大活动报告: days before the start a report is due; expected participants above which the street acknowledges. */
  'majorActivity.daysBefore': { schema: z.number().int().min(1).max(60), default: 7 },
  'majorActivity.streetThreshold': { schema: z.number().int().min(1).max(100_000), default: 200 },
  /** 年报: due by this month-day of the next year; reminders from this many days before. */
  'annualReport.dueDate': { schema: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/), default: '05-31' },
  'annualReport.remindDays': { schema: z.number().int().min(1).max(120), default: 30 },
  /** 双随机抽查 (seed 003: at least one a year): percent of the organizations drawn, inspectors per check. */
  'spotCheck.sharePercent': { schema: z.number().min(0.1).max(100), default: 5 },
  'spotCheck.inspectorsPerCheck': { schema: z.number().int().min(1).max(5), default: 2 },
  /** 责令改正: days given to rectify unless the notice says otherwise. */
  'rectification.defaultDays': { schema: z.number().int().min(1).max(365), default: 30 },
  /**
   * Credit lists (the national credit-information rules for social organizations): an entry within
   * this many working days of its cause; an abnormal entry with nothing to fix leaves after these
   * months; after these years on the abnormal list it moves to the serious list, left after these clean years.
   */
  'creditList.entryWorkingDays': { schema: z.number().int().min(1).max(30), default: 5 },
  'creditList.abnormalExpiryMonths': { schema: z.number().int().min(1).max(60), default: 6 },
  'creditList.seriousAfterYears': { schema: z.number().int().min(1).max(10), default: 2 },
  'creditList.seriousCleanYears': { schema: z.number().int().min(1).max(10), default: 2 },
  /** 僵尸型 clean-up: no activity since this date (empty: criterion off); failed contacts that make an organization unreachable. */
  'dormant.inactiveSince': { schema: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/), default: '' },
  'dormant.unreachableAttempts': { schema: z.number().int().min(1).max(10), default: 2 },
  /** 等级评估: lower bounds of 5A–2A (points of the index's total), the pass mark (1A), years valid, notice days, the 3A+ target share. */
  'grade.bands': {
    schema: z.object({ '5A': z.number().min(0), '4A': z.number().min(0), '3A': z.number().min(0), '2A': z.number().min(0) })
      .refine((b) => b['5A'] > b['4A'] && b['4A'] > b['3A'] && b['3A'] > b['2A'], 'gradeBandsOrder'),
    default: { '5A': 950, '4A': 901, '3A': 851, '2A': 801 },
  },
  'grade.passMark': { schema: z.number().min(0), default: 600 },
  'grade.validityYears': { schema: z.number().int().min(1).max(10), default: 5 },
  'grade.noticeDays': { schema: z.number().int().min(1).max(60), default: 7 },
  'grade.targetSharePercent': { schema: z.number().min(0).max(100), default: 10 },
  /** 组织发展统计 (seed 003): community social organizations per urban and per rural community, at least. */
  'density.urbanTarget': { schema: z.number().int().min(1).max(100), default: 12 },
  'density.ruralTarget': { schema: z.number().int().min(1).max(100), default: 7 },
  /** 服务积分: points per confirmed hour, a percentage per service type, hours counted per activity at most, years before points expire. */
  'points.perHour': { schema: z.number().int().min(0).max(1000), default: 10, perJurisdiction: true },
  'points.percentByServiceType': { schema: z.record(z.string().max(50), z.number().int().min(0).max(1000)), default: {} as Record<string, number>, perJurisdiction: true },
  'points.maxHoursPerActivity': { schema: z.number().int().min(1).max(24), default: 8, perJurisdiction: true },
  'points.expiryYears': { schema: z.number().int().min(1).max(20), default: 3, perJurisdiction: true },
  /** A reserved redemption not picked up within this many days expires and releases points and stock. */
  'redemption.pickupDays': { schema: z.number().int().min(1).max(90), default: 14 },
} as const;

export type SettingKey = keyof typeof settingDefinitions;
export type SettingValue<K extends SettingKey> = (typeof settingDefinitions)[K]['default'];

/** Settings a city or district may set for its own subtree (`jurisdiction_settings`). */
export type JurisdictionSettingKey = {
  [K in SettingKey]: (typeof settingDefinitions)[K] extends { perJurisdiction: true } ? K : never;
}[SettingKey];
export const jurisdictionSettingKeys = (Object.keys(settingDefinitions) as SettingKey[])
  .filter((k) => 'perJurisdiction' in settingDefinitions[k]) as JurisdictionSettingKey[];

/**
 * Settings are read often and changed rarely: served from memory, refreshed in the background once
 * a minute old. A read never waits on the database after the first load (at start), so reading a
 * setting inside a transaction cannot wait on that transaction (the embedded database has one
 * connection). A write here takes effect in this process at once; other processes see it within
 * a minute, and a write whose transaction rolled back is undone by the next refresh.
 */
const refreshAfterMs = 60_000;

export class Settings {
  private values = new Map<string, unknown>();
  /** key → [jurisdiction code, value], longest code first. */
  private placeValues = new Map<string, [string, unknown][]>();
  private loadedAt = 0;
  private loading: Promise<void> | null = null;

  constructor(private readonly db: Db) {}

  /** The first load; `openServices` awaits it before anything reads a setting. */
  async load(): Promise<void> {
    await this.reload();
  }

  async get<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
    await this.fresh();
    return (this.values.has(key) ? this.values.get(key) : settingDefinitions[key].default) as SettingValue<K>;
  }

  /** The value in force at a place: its nearest ancestor's (or its own) override, else the platform's. */
  async forJurisdiction<K extends JurisdictionSettingKey>(key: K, jurisdictionCode: string): Promise<SettingValue<K>> {
    await this.fresh();
    const override = this.placeValues.get(key)?.find(([code]) => jurisdictionCode.startsWith(code));
    return override ? (override[1] as SettingValue<K>) : this.get(key);
  }

  /** The overrides set at a node itself (not inherited). */
  async setAt(jurisdictionCode: string): Promise<Partial<Record<JurisdictionSettingKey, unknown>>> {
    await this.fresh();
    return Object.fromEntries(jurisdictionSettingKeys.flatMap((key) => {
      const own = this.placeValues.get(key)?.find(([code]) => code === jurisdictionCode);
      return own ? [[key, own[1]]] : [];
    }));
  }

  /** Sets (value) or clears (undefined) a place's override. */
  async setForJurisdiction(db: Db, key: JurisdictionSettingKey, jurisdictionCode: string, value: unknown, userId: string): Promise<void> {
    const where = and(eq(jurisdictionSettings.jurisdictionCode, jurisdictionCode), eq(jurisdictionSettings.key, key));
    const others = (this.placeValues.get(key) ?? []).filter(([code]) => code !== jurisdictionCode);
    if (value === undefined) {
      await db.delete(jurisdictionSettings).where(where);
      this.placeValues.set(key, others);
    } else {
      const parsed = settingDefinitions[key].schema.parse(value);
      await db.insert(jurisdictionSettings).values({ jurisdictionCode, key, value: parsed, updatedBy: userId })
        .onConflictDoUpdate({ target: [jurisdictionSettings.jurisdictionCode, jurisdictionSettings.key], set: { value: parsed, updatedAt: new Date(), updatedBy: userId } });
      this.placeValues.set(key, [...others, [jurisdictionCode, parsed] as [string, unknown]].sort(([a], [b]) => b.length - a.length));
    }
  }

  async all(): Promise<Record<SettingKey, unknown>> {
    const entries = await Promise.all(
      (Object.keys(settingDefinitions) as SettingKey[]).map(async (k) => [k, await this.get(k)] as const),
    );
    return Object.fromEntries(entries) as Record<SettingKey, unknown>;
  }

  async set(db: Db, key: SettingKey, value: unknown, userId: string): Promise<void> {
    const parsed = settingDefinitions[key].schema.parse(value);
    await db
      .insert(settingsTable)
      .values({ key, value: parsed, updatedBy: userId })
      .onConflictDoUpdate({ target: settingsTable.key, set: { value: parsed, updatedAt: new Date(), updatedBy: userId } });
    this.values.set(key, parsed);
  }

  /** Awaits only the first load; afterwards a stale cache is refreshed in the background. */
  private async fresh(): Promise<void> {
    if (this.loadedAt === 0) return this.reload();
    if (Date.now() - this.loadedAt > refreshAfterMs) {
      this.reload().catch(() => undefined); // the cached values serve until a refresh succeeds
    }
  }

  private reload(): Promise<void> {
    this.loading ??= this.readAll().finally(() => { this.loading = null; });
    return this.loading;
  }

  private async readAll(): Promise<void> {
    const rows = await this.db.select().from(settingsTable);
    this.values = new Map(rows.map((r) => [r.key, r.value]));
    const placeRows = await this.db.select().from(jurisdictionSettings);
    this.placeValues = new Map();
    for (const row of placeRows.sort((a, b) => b.jurisdictionCode.length - a.jurisdictionCode.length)) {
      this.placeValues.set(row.key, [...(this.placeValues.get(row.key) ?? []), [row.jurisdictionCode, row.value]]);
    }
    this.loadedAt = Date.now();
  }
}
