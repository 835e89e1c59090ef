import { z } from 'zod';
import type { Db } from '../db/database';
import { settings as settingsTable } from './settings.tables';

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
} as const;

export type SettingKey = keyof typeof settingDefinitions;
export type SettingValue<K extends SettingKey> = (typeof settingDefinitions)[K]['default'];

/** Settings are read often and changed rarely: cached, reloaded after a write or after a minute. */
const reloadAfterMs = 60_000;

export class Settings {
  private values = new Map<string, unknown>();
  private loadedAt = 0;

  constructor(private readonly db: Db) {}

  async get<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
    if (Date.now() - this.loadedAt > reloadAfterMs) await this.reload();
    return (this.values.has(key) ? this.values.get(key) : settingDefinitions[key].default) as SettingValue<K>;
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
    this.loadedAt = 0;
  }

  private async reload(): Promise<void> {
    const rows = await this.db.select().from(settingsTable);
    this.values = new Map(rows.map((r) => [r.key, r.value]));
    this.loadedAt = Date.now();
  }
}
