/** What a scenario's builders may ask our app while the request is prepared (as the scenario's user). */
export type LookUp = (path: string) => Promise<any>;

/**
 * One benchmarked request. `user` is an account the data generator creates (bench/data/accounts.ts,
 * placed at the first community with organizations) or null for an anonymous request. The path builder runs once per run, before any load,
 * to find what the request needs in the current dataset (an id, the deepest page).
 */
export type Scenario = {
  name: string;
  user: string | null;
  method: 'GET';
  path: (lookUp: LookUp) => Promise<string>;
};

const pageSize = 20;
const deepestPage = 50;
const streetFilters = 'status=active&orgClass=filed';

async function firstOrganizationId(lookUp: LookUp): Promise<string> {
  const { items } = await lookUp('/api/organizations?pageSize=1');
  if (!items.length) throw new Error('bench-street sees no organization: is the dataset loaded?');
  return items[0].id;
}

export const scenarios: Scenario[] = [
  {
    name: 'organization-list-street-page-50',
    user: 'bench-street',
    method: 'GET',
    // Page 50, or the deepest page the street has when it has fewer rows.
    async path(lookUp) {
      const { total } = await lookUp(`/api/organizations?${streetFilters}&pageSize=1`);
      const page = Math.max(1, Math.min(deepestPage, Math.ceil(total / pageSize)));
      return `/api/organizations?${streetFilters}&pageSize=${pageSize}&page=${page}`;
    },
  },
  {
    name: 'organization-detail',
    user: 'bench-street',
    method: 'GET',
    path: async (lookUp) => `/api/organizations/${await firstOrganizationId(lookUp)}`,
  },
  {
    name: 'organization-archive',
    user: 'bench-street',
    method: 'GET',
    path: async (lookUp) => `/api/organizations/${await firstOrganizationId(lookUp)}/archive`,
  },
  {
    name: 'public-notices',
    user: null,
    method: 'GET',
    path: async () => '/api/public/notices',
  },
  {
    name: 'public-organization-search',
    user: null,
    method: 'GET',
    // Part of a real name, so the search has hits: the text search a resident types.
    async path(lookUp) {
      const { items } = await lookUp('/api/public/organizations?pageSize=1');
      if (!items.length) throw new Error('the public directory is empty: is the dataset loaded?');
      return `/api/public/organizations?q=${encodeURIComponent(items[0].name.slice(0, 3))}`;
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
