import { createHash } from 'node:crypto';
import type { Database } from '../../server/platform/db/database';
import { deriveFieldKeys, encryptField, type FieldKeys } from '../../server/platform/crypto/sm';
import { residentIdCheckCharacter } from '../../server/platform/validators/resident-id';
import { districtShortName } from '../../server/modules/certificates/issue-certificate';
import { seedDictionaries } from '../../server/modules/dictionaries/seed-dictionaries';
import { benchPassword, createBenchAccounts, type BenchAccount } from './accounts';
import { hashSql } from './hash-sql';
import { placesSql, type BenchScale } from './scales';
import { runPerDistrict, type GenerationStep, type StepContext } from './step';
import { derivedTables } from '../../server/platform/db/derived-tables';
import { organizationSteps } from './steps/organizations';
import { filingSteps } from './steps/filings';
import { volunteerSteps } from './steps/volunteers';
import { activitySteps } from './steps/activities';
import { ledgerSteps } from './steps/ledger';
import { partyBuildingSteps } from './steps/party-building';
import { annualReportSteps } from './steps/annual-reports';
import { workReportSteps } from './steps/work-reports';
import { satisfactionSteps } from './steps/satisfaction';
import { spotCheckSteps } from './steps/spot-checks';
import { creditListSteps } from './steps/credit-lists';
import { gradingSteps } from './steps/grading';

export type BenchDataOptions = {
  scale: BenchScale;
  seed: number;
  log?: (line: string) => void;
  /**
   * The keys of the app that will serve the data, so the placeholders of personal numbers decrypt
   * (the detail pages mask them). Without them, `benchFieldKey`'s: start the app with FIELD_KEY set to it.
   */
  fieldKeys?: FieldKeys;
};

export type BenchDataSummary = {
  scale: BenchScale;
  seed: number;
  districts: number;
  communities: number;
  /** Rows per table after generation (the whole table, so the demo rows of a test database count too). */
  rows: Record<string, number>;
  /** Accounts to sign in as, all with `password`. */
  accounts: BenchAccount[];
  password: string;
  steps: { name: string; rows: number; seconds: number }[];
  seconds: number;
};

/** FIELD_KEY for an app serving data generated without `fieldKeys`. */
export const benchFieldKey = 'be'.repeat(32);

/**
 * "Today" for the supervision data: after last year's annual reports were due (05-31), with this
 * year's first half ending. The organizations were filed in 2024–2025 and their activities held in 2025.
 */
export const benchToday = '2026-06-30';

/** The tables the summary counts. */
const countedTables = [
  'organizations', 'charters', 'roster_members', 'filings', 'certificates', 'volunteers', 'volunteer_id_numbers',
  'volunteer_activities', 'activity_signups', 'service_records', 'volunteer_credit_records',
  'ledger_accounts', 'ledger_movements', 'ledger_entries', 'case_transitions', 'organization_events', 'party_building', 'annual_reports',
  'work_reports', 'major_activity_reports', 'satisfaction_rounds', 'satisfaction_round_organizations', 'satisfaction_evaluators',
  'satisfaction_scores', 'satisfaction_results', 'spot_check_draws', 'spot_checks', 'supervision_notices',
  'credit_list_entries', 'credit_list_requests', 'evaluation_indexes', 'grade_evaluations',
  'users',
];

const steps: GenerationStep[] = [
  ...organizationSteps, ...filingSteps, ...volunteerSteps, ...activitySteps, ...ledgerSteps,
  ...partyBuildingSteps, ...annualReportSteps, ...workReportSteps, ...satisfactionSteps, ...spotCheckSteps, ...creditListSteps, ...gradingSteps,
];

/**
 * Fills a migrated database whose division tree for the scale is imported with organizations,
 * cases, certificates, volunteers, activities, service records and their ledger, deterministically
 * from the seed, in set-based SQL (one statement per step and district), then the bench accounts.
 * Refuses a database that already holds organizations.
 */
export async function generateBenchData(database: Database, options: BenchDataOptions): Promise<BenchDataSummary> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const [{ n: existing }] = await database.query<{ n: string }>('SELECT count(*) AS n FROM organizations');
  if (Number(existing) > 0) throw new Error(`the database already holds ${existing} organizations; generate into an empty one`);
  await seedDictionaries(database.db);

  const h = hashSql(options.seed);
  const fieldKeys = options.fieldKeys ?? deriveFieldKeys(Buffer.from(benchFieldKey, 'hex'));
  const places = await database.query<{ district_code: string; n: string }>(
    `SELECT district_code, count(*) AS n FROM (${placesSql(options.scale)}) p GROUP BY district_code ORDER BY district_code`,
  );
  if (!places.length) throw new Error(`no communities for scale ${options.scale}: import the division tree first`);
  const districts = places.map((p) => p.district_code);
  const districtNames = await database.query<{ code: string; name: string }>('SELECT code, name FROM jurisdictions WHERE code = ANY($1)', [districts]);
  const context: StepContext = {
    database, scale: options.scale, h, districts,
    districtShortNames: Object.fromEntries(districtNames.map((d) => [d.code, districtShortName(d.name)])),
    creator: h.uuid("'bench-creator'"),
    today: benchToday,
    tokens: placeholderTokens(fieldKeys, options.seed),
  };
  const communities = places.reduce((sum, p) => sum + Number(p.n), 0);
  log(`bench data: scale ${options.scale}, seed ${options.seed}, ${communities} communities in ${places.length} districts`);

  const done: BenchDataSummary['steps'] = [];
  for (const step of steps) {
    const stepStarted = performance.now();
    const seconds = () => (performance.now() - stepStarted) / 1000;
    let lastLine = stepStarted;
    const rows = await runPerDistrict(context, step, (rowsSoFar, districtsDone) => {
      // A running count for the long steps, at most every 5 seconds.
      if (performance.now() - lastLine < 5000 || districtsDone === places.length) return;
      lastLine = performance.now();
      log(`  ${step.name}: ${rowsSoFar.toLocaleString('en')} rows, ${districtsDone}/${places.length} districts, ${seconds().toFixed(1)} s`);
    });
    // Fresh statistics, or the next steps plan their joins for the empty table this one started from.
    await database.query(`ANALYZE ${step.name.split('.')[0]}`);
    done.push({ name: step.name, rows, seconds: seconds() });
    log(`${step.name}: ${rows.toLocaleString('en')} rows in ${seconds().toFixed(1)} s`);
  }

  // The tables the triggers filled as the steps wrote (the dashboard's counts) never had a step of
  // their own: without statistics the province dashboard sorted 5,091 count rows instead of hashing them.
  await database.query(`ANALYZE ${derivedTables.join(', ')}, jurisdictions`);

  const accountsStarted = performance.now();
  const accounts = await createBenchAccounts(database, fieldKeys, context.creator);
  done.push({ name: 'users', rows: accounts.length, seconds: (performance.now() - accountsStarted) / 1000 });
  log(`users: ${accounts.map((a) => `${a.username} @ ${a.placeName}`).join(', ')}`);

  return {
    scale: options.scale, seed: options.seed, districts: places.length, communities,
    rows: await countRows(database), accounts, password: benchPassword, steps: done,
    seconds: (performance.now() - started) / 1000,
  };
}

async function countRows(database: Database): Promise<Record<string, number>> {
  const [counts] = await database.query<Record<string, string>>(
    `SELECT ${countedTables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`,
  );
  return Object.fromEntries(countedTables.map((t) => [t, Number(counts[t])]));
}

/**
 * One encrypted ID number and one phone number, made once and shared by every generated person:
 * encrypting millions of values one by one in Node is what set-based generation avoids. They are
 * valid in form (the ID's check character is right) and belong to nobody; the blind indexes beside
 * them are unique stand-ins, so duplicate checks behave as with real people.
 */
function placeholderTokens(keys: FieldKeys, seed: number) {
  const first17 = `44180219800101${String(seed % 1000).padStart(3, '0')}`;
  const digest = createHash('sha256').update(`bench-phone:${seed}`).digest('hex');
  return {
    idNumber: encryptField(keys, first17 + residentIdCheckCharacter(first17)),
    phone: encryptField(keys, `139${parseInt(digest.slice(0, 8), 16).toString().padStart(8, '0').slice(0, 8)}`),
  };
}
