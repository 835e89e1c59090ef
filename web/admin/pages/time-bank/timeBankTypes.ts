/** What the console's time-bank screens read (see /api/openapi.json). */
export type MinutesAndHours = { minutes: number; hours: number };

export type TimeBankAccountRow = {
  volunteerId: string; name: string; jurisdictionCode: string; placeName: string | null;
  balance: MinutesAndHours; points: number; lifetimeDeposited: MinutesAndHours;
};

export type LedgerEntry = {
  id: string; at: string; unit: 'minutes' | 'points'; amount: number; hours?: number; kind: string; description: string; note: string | null;
};

export type TimeBankSummary = {
  timeBank: { balance: MinutesAndHours; lifetimeDeposited: MinutesAndHours; capHours: number };
  points: { balance: number };
  age: number; withdrawAge: number; withdrawAgeReached: boolean; transferRelations: string[];
  history: { items: LedgerEntry[]; total: number; page: number; pageSize: number };
};

export type RuleShape =
  | { type: 'integer'; min: number; max: number }
  | { type: 'options'; options: string[] }
  | { type: 'percentByServiceType'; min: number; max: number };

export type RuleValue = number | string[] | Record<string, number>;

export type Rule = {
  key: string; shape: RuleShape; default: RuleValue; value: RuleValue; own: RuleValue | null;
  source: { from: 'default' } | { from: 'platform' } | { from: 'node'; code: string; name: string };
};

export type LedgerCheckRun = {
  id: string; checkedAt: string; ok: boolean; movements: number; accounts: number; problems: { kind: string; id: string; detail: string }[];
};
