import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { blindIndex, type FieldKeys } from '../../server/platform/crypto/sm';
import { transferRecipientIdNumber, transferWriterCount, transferWriterName } from '../data/accounts';
import type { RequestInputs } from './replay-plan';
import { filingsAwaitingCommittee, signupsAwaitingConfirmation } from './write-targets';

/** What a scenario's builders may ask our app while the request is prepared (as the scenario's user). */
export type LookUp = (path: string) => Promise<any>;

export type ScenarioContext = {
  lookUp: LookUp;
  /** A connection to the dataset, for a write scenario to make the targets it will use up. */
  database: pg.Client;
  /** How many requests the run will send to both servers together (a write scenario's pool size). */
  requests: number;
  /** Distinguishes this run's generated targets from an earlier run's. */
  run: string;
  /** The sessions of the scenario's `writers`, in their order. */
  writers: WriterSession[];
  /** The dataset's field keys, to find a person by ID number as the app does. */
  fieldKeys: FieldKeys;
};

/** A signed-in account: the headers its requests carry, and the hash under which the app looks its session up. */
export type WriterSession = { headers: Record<string, string>; tokenHash: string };

/** A request; `headers` when it acts as another user than the scenario's (a transfer writer's session). */
export type RequestShape = { method: 'GET' | 'POST'; path: string; body?: unknown; headers?: Record<string, string> };

/** A scenario made ready for the current dataset: each request's inputs, and the request they make. */
export type ReadyScenario = { nextInputs(): RequestInputs; request(inputs: RequestInputs): RequestShape };

/**
 * One benchmarked request. `user` is an account the data generator creates (bench/data/accounts.ts,
 * placed at the first community with organizations) or null for an anonymous request. `prepare` runs
 * once per run, before any load, to find what the request needs (an id, the deepest page) or, for a
 * write, the targets it will use up. A read sends the same request every time; a write sends each
 * request with inputs of its own (a fresh idempotency key, the next filing, the next writer).
 */
export type Scenario = {
  name: string;
  user: string | null;
  kind: 'read' | 'write';
  /** A write sent by several accounts at once (requests take them in turn), signed in before `prepare`. */
  writers?: string[];
  prepare(context: ScenarioContext): Promise<ReadyScenario>;
};

const pageSize = 20;
const deepestPage = 50;
const streetFilters = 'status=active&orgClass=filed';

const sameRequest = (request: RequestShape): ReadyScenario => ({ nextInputs: () => ({}), request: () => request });
const get = (path: string) => sameRequest({ method: 'GET', path });

/** The first organization of the scenario user's list. */
async function firstOrganization(lookUp: LookUp): Promise<{ id: string; name: string }> {
  const { items } = await lookUp('/api/organizations?pageSize=1');
  if (!items.length) throw new Error("the scenario's user sees no organization: is the dataset loaded?");
  return items[0];
}

/** The first active organization outside the community of the first one (where the write targets are made). */
async function firstOrganizationElsewhere(lookUp: LookUp): Promise<{ id: string; name: string }> {
  const { items } = await lookUp('/api/organizations?status=active&pageSize=100');
  const other = items.find((o: { jurisdictionCode: string }) => o.jurisdictionCode !== items[0]?.jurisdictionCode);
  if (!other) throw new Error("the scenario's user sees one community only: is the dataset loaded?");
  return other;
}

/**
 * A write on targets made for this run at the scenario user's own node (`find`), each request using
 * up the next one.
 */
function onPreparedTargets(
  name: string,
  find: (database: pg.Client, jurisdictionCode: string, requests: number, run: string) => Promise<RequestInputs[]>,
  request: (inputs: RequestInputs) => RequestShape,
): Scenario['prepare'] {
  return async ({ lookUp, database, requests, run }) => {
    const { user } = await lookUp('/api/auth/session');
    return { nextInputs: takeInOrder(name, await find(database, user.jurisdictionCode, requests, run)), request };
  };
}

/** Hands out the pool's items in order; running out means the run sent more requests than it planned. */
function takeInOrder(name: string, items: RequestInputs[]): () => RequestInputs {
  let next = 0;
  return () => {
    if (next >= items.length) throw new Error(`${name}: all ${items.length} prepared targets are used`);
    return items[next++];
  };
}

export const scenarios: Scenario[] = [
  {
    name: 'organization-list-street-page-50',
    user: 'bench-street',
    kind: 'read',
    // Page 50, or the deepest page the street has when it has fewer rows.
    async prepare({ lookUp }) {
      const { total } = await lookUp(`/api/organizations?${streetFilters}&pageSize=1`);
      const page = Math.max(1, Math.min(deepestPage, Math.ceil(total / pageSize)));
      return get(`/api/organizations?${streetFilters}&pageSize=${pageSize}&page=${page}`);
    },
  },
  {
    name: 'organization-detail',
    user: 'bench-street',
    kind: 'read',
    prepare: async ({ lookUp }) => get(`/api/organizations/${(await firstOrganization(lookUp)).id}`),
  },
  {
    name: 'organization-archive',
    user: 'bench-street',
    kind: 'read',
    prepare: async ({ lookUp }) => get(`/api/organizations/${(await firstOrganization(lookUp)).id}/archive`),
  },
  {
    name: 'public-notices',
    user: null,
    kind: 'read',
    prepare: async () => get('/api/public/notices'),
  },
  {
    name: 'public-organization-search',
    user: null,
    kind: 'read',
    // Part of a real name, so the search has hits: the text search a resident types.
    async prepare({ lookUp }) {
      const { items } = await lookUp('/api/public/organizations?pageSize=1');
      if (!items.length) throw new Error('the public directory is empty: is the dataset loaded?');
      return get(`/api/public/organizations?q=${encodeURIComponent(items[0].name.slice(0, 3))}`);
    },
  },
  {
    name: 'organization-search-province',
    user: 'bench-province',
    kind: 'read',
    // The province's global search box: part of an organization's name across every district. Not a
    // name of the bench accounts' community: the write scenarios' targets are clones named after its
    // organizations (write-targets.ts), so its names match more with every run (16,415 after one).
    async prepare({ lookUp }) {
      const { name } = await firstOrganizationElsewhere(lookUp);
      return get(`/api/organizations?q=${encodeURIComponent(name.slice(0, 3))}&pageSize=${pageSize}`);
    },
  },
  ...(['province', 'city', 'district'] as const).map((level): Scenario => ({
    name: `organization-statistics-${level}`,
    user: `bench-${level}`,
    kind: 'read',
    // The dashboard's organization counts and density against the targets, for the user's own node.
    prepare: async () => get('/api/statistics/organizations'),
  })),
  {
    name: 'filing-forward',
    user: 'bench-committee',
    kind: 'write',
    // The committee forwards a filing to the street: the state moves, a timeline row, a notice to the street, the audit row.
    prepare: onPreparedTargets(
      'filing-forward',
      async (...args) => (await filingsAwaitingCommittee(...args)).map((filing) => ({ filing })),
      ({ filing }) => ({ method: 'POST', path: `/api/filings/${filing}/transitions`, body: { action: 'forward', opinion: '材料齐全，同意上报' } }),
    ),
  },
  {
    name: 'service-confirmation',
    user: 'bench-committee',
    kind: 'write',
    // The committee confirms an attended sign-up: the service record, its time-bank deposit and points, the activity closed, the audit row.
    prepare: onPreparedTargets(
      'service-confirmation',
      signupsAwaitingConfirmation,
      ({ activity, signup }) => ({ method: 'POST', path: `/api/activities/${activity}/confirmations`, body: { signupIds: [signup] } }),
    ),
  },
  {
    name: 'time-bank-transfer',
    user: transferWriterName(1),
    writers: Array.from({ length: transferWriterCount }, (_, i) => transferWriterName(i + 1)),
    kind: 'write',
    // 50 volunteers at once, each moving half an hour to a relative of its own, each request with its own
    // idempotency key: two ledger entries, the balances, the audit row. The writers take turns request by request.
    async prepare({ writers, database, fieldKeys }) {
      const recipients: { idNumber: string; index: string; name: string }[] = [];
      for (const [i] of writers.entries()) {
        const idNumber = transferRecipientIdNumber(i + 1);
        const index = blindIndex(fieldKeys, idNumber);
        const { rows: [recipient] } = await database.query<{ name: string }>('SELECT name FROM volunteers WHERE id_number_index = $1', [index]);
        if (!recipient) throw new Error(`no relative with the ID number of writer ${i + 1}: regenerate the dataset`);
        recipients.push({ idNumber, index, name: recipient.name });
      }
      let turn = 0;
      return {
        nextInputs() {
          const writer = turn++ % writers.length;
          const { headers, tokenHash } = writers[writer];
          const recipient = recipients[writer];
          // The bare server finds the writer by `session` and the relative by `recipientIndex`, as the app's statements do.
          return {
            key: randomUUID(), session: tokenHash, cookie: headers.cookie, csrf: headers['x-csrf-token'],
            recipientIdNumber: recipient.idNumber, recipientName: recipient.name, recipientIndex: recipient.index,
          };
        },
        request: (inputs) => ({
          method: 'POST', path: '/api/time-bank/transfers', headers: { cookie: inputs.cookie, 'x-csrf-token': inputs.csrf },
          body: { recipientIdNumber: inputs.recipientIdNumber, recipientName: inputs.recipientName, relationship: 'spouse', minutes: 30, idempotencyKey: inputs.key },
        }),
      };
    },
  },
];

export function selectScenarios(names: string[] | undefined): Scenario[] {
  if (!names?.length) return scenarios;
  return names.map((name) => {
    const scenario = scenarios.find((s) => s.name === name);
    if (!scenario) throw new Error(`unknown scenario "${name}"; known: ${scenarios.map((s) => s.name).join(', ')}`);
    return scenario;
  });
}
