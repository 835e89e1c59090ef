import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';

/**
 * Every API route, and who it turns away. A new route fails this test until it is listed here,
 * so none ships without its anonymous (401) and wrong-role (403) checks. Out-of-scope refusals are
 * tested beside each module, where the records that make them meaningful exist.
 */
type Access = { public: true } | { signedIn: string } | { deniedTo: string };

const routes: Record<string, Access> = {
  'GET /api/health': { public: true },
  'GET /api/openapi.json': { public: true },
  'POST /api/auth/login': { public: true },
  'GET /api/auth/session': { signedIn: 'own session' },
  'POST /api/auth/logout': { signedIn: 'own session' },
  'POST /api/auth/password': { signedIn: 'own password' },
  'GET /api/auth/sessions': { signedIn: 'own sessions' },
  'POST /api/auth/sessions/end-all': { signedIn: 'own sessions' },
  'GET /api/users': { deniedTo: 'street' },
  'POST /api/users': { deniedTo: 'bureau' },
  'PATCH /api/users/:id': { deniedTo: 'committee' },
  'POST /api/users/:id/reset-password': { deniedTo: 'hub' },
  'POST /api/users/:id/reveal-phone': { deniedTo: 'city' },
  'GET /api/jurisdictions/roots': { signedIn: 'own node' },
  'GET /api/jurisdictions': { signedIn: 'search inside own subtree' },
  'GET /api/jurisdictions/:code': { signedIn: 'inside own subtree' },
  'GET /api/jurisdictions/:code/children': { signedIn: 'inside own subtree' },
  'PATCH /api/jurisdictions/:code': { deniedTo: 'volunteer' },
  'GET /api/jurisdictions/stats-import/template': { signedIn: 'a blank template' },
  'POST /api/jurisdictions/stats-import': { deniedTo: 'org' },
  'GET /api/audit-logs': { deniedTo: 'bureau' },
  'POST /api/audit-logs/verify': { deniedTo: 'street' },
  'GET /api/login-logs': { deniedTo: 'committee' },
  'GET /api/dictionaries': { signedIn: 'shared vocabularies' },
  'POST /api/dictionaries/:type': { deniedTo: 'bureau' },
  'PUT /api/dictionaries/:type/:code': { deniedTo: 'street' },
  'GET /api/notifications': { signedIn: 'own notifications' },
  'GET /api/notifications/unread-count': { signedIn: 'own notifications' },
  'POST /api/notifications/:id/read': { signedIn: 'own notifications' },
  'POST /api/notifications/read-all': { signedIn: 'own notifications' },
  'GET /api/settings': { deniedTo: 'city' },
  'PUT /api/settings/:key': { deniedTo: 'bureau' },
  'GET /api/jobs': { deniedTo: 'street' },
  'POST /api/jobs/:name/run': { deniedTo: 'street' },
  'POST /api/attachments': { signedIn: 'files land in own node' },
  'GET /api/attachments/:id': { signedIn: 'inside own subtree' },
  'GET /api/cases/:caseType/:caseId/timeline': { signedIn: 'inside own subtree' },
  'GET /api/filings': { deniedTo: 'volunteer' },
  'POST /api/filings': { deniedTo: 'street' },
  'GET /api/filings/roster-template': { signedIn: 'a blank template' },
  'GET /api/filings/:id': { deniedTo: 'reviewer' },
  'PUT /api/filings/:id/draft': { deniedTo: 'street' },
  'PUT /api/filings/:id/roster': { deniedTo: 'bureau' },
  'PUT /api/filings/:id/meeting': { deniedTo: 'volunteer' },
  'POST /api/filings/:id/roster/import': { deniedTo: 'hub' },
  'POST /api/filings/:id/transitions': { deniedTo: 'volunteer' },
  'POST /api/filings/:id/objections/:objectionId/answer': { deniedTo: 'committee' },
  'GET /api/filings/:id/certificate.pdf': { deniedTo: 'volunteer' },
  'GET /api/filings/:id/charter.pdf': { deniedTo: 'volunteer' },
  'GET /api/filings/:id/filing-form.pdf': { deniedTo: 'reviewer' },
  'POST /api/organizations/:id/changes': { deniedTo: 'street' },
  'POST /api/organizations/:id/filings': { deniedTo: 'bureau' },
  'POST /api/organizations/:id/terminations': { deniedTo: 'bureau' },
  'POST /api/organizations/:id/revocations': { deniedTo: 'committee' },
  'GET /api/filings/:id/termination-application.pdf': { deniedTo: 'volunteer' },
  'GET /api/filings/:id/commendation.pdf': { deniedTo: 'hub' },
  'GET /api/organizations': { deniedTo: 'volunteer' },
  'GET /api/organizations/:id': { deniedTo: 'volunteer' },
  'POST /api/organizations/registered': { deniedTo: 'street' },
  'POST /api/organizations/guided': { deniedTo: 'bureau' },
  'PUT /api/organizations/:id/hub': { deniedTo: 'street' },
  'GET /api/hub-organizations': { deniedTo: 'volunteer' },
  'GET /api/hub-ledgers': { deniedTo: 'volunteer' },
  'POST /api/hub-ledgers': { deniedTo: 'bureau' },
  'GET /api/hub-ledgers/:id': { deniedTo: 'committee' },
  'PUT /api/hub-ledgers/:id/remarks': { deniedTo: 'bureau' },
  'POST /api/hub-ledgers/:id/transitions': { deniedTo: 'volunteer' },
  'GET /api/hub-ledgers/:id/ledger.xlsx': { deniedTo: 'org' },
  'GET /api/registration-candidates': { deniedTo: 'street' },
  'POST /api/registration-candidates': { deniedTo: 'street' },
  'GET /api/registration-candidates/:id': { deniedTo: 'hub' },
  'PATCH /api/registration-candidates/:id': { deniedTo: 'committee' },
  'POST /api/registration-candidates/:id/visits': { deniedTo: 'street' },
  'POST /api/registration-candidates/:id/outcome': { deniedTo: 'admin' },
  'GET /api/organizations/:id/archive': { deniedTo: 'volunteer' },
  'GET /api/organizations/:id/archive/:docId/file': { deniedTo: 'reviewer' },
  'POST /api/organizations/:id/archive': { deniedTo: 'admin' },
  'GET /api/organizations/:id/archive.zip': { deniedTo: 'auditor' },
  'GET /api/public/organizations': { public: true },
  'GET /api/public/organizations/:id': { public: true },
  'GET /api/public/places': { public: true },
  'GET /api/public/categories': { public: true },
  'GET /api/public/notices': { public: true },
  'POST /api/public/notices/:id/objections': { public: true },
  'GET /api/public/certificates/verify': { public: true },
  'GET /.well-known/linli-certificate-key.pem': { public: true },
  // volunteers, stations, teams (M5.1)
  // activities, sign-up, check-in, help requests (M5.2)
  // service records, certificates, credit records (M5.3, M5.4)
  // time bank, jurisdiction settings, ledger check (M5.5)
  // points, catalogue, redemptions (M5.6)
};

const sample: Record<string, string> = {
  ':id': '00000000-0000-4000-8000-000000000000', ':code': '441802006', ':type': 'skill', ':key': 'session.idleMinutes',
  ':caseType': 'example', ':caseId': '00000000-0000-4000-8000-000000000000', ':objectionId': '00000000-0000-4000-8000-000000000000', ':docId': '00000000-0000-4000-8000-000000000000',
};
const concrete = (path: string) => path.replace(/:[a-zA-Z]+/g, (p) => sample[p] ?? 'x');
const bodies: Record<string, unknown> = {
  'POST /api/users': { username: 'matrix.user', displayName: 'x', role: 'street', jurisdictionCode: '441802006' },
  'PATCH /api/users/:id': { displayName: 'x' },
  'PATCH /api/jurisdictions/:code': { households: 1 },
  'POST /api/dictionaries/:type': { code: 'matrix', labelZh: 'x', labelEn: 'x' },
  'PUT /api/dictionaries/:type/:code': { labelZh: 'x', labelEn: 'x', sort: 0, enabled: true },
  'PUT /api/settings/:key': { value: 20 },
  'POST /api/filings': { name: '矩阵测试队', category: 'other', jurisdictionCode: '441802006001' },
  'PUT /api/filings/:id/draft': {},
  'PUT /api/filings/:id/roster': { members: [] },
  'PUT /api/filings/:id/meeting': {
    meeting: { heldOn: '2026-05-01', membersPresent: 10, votesFor: 10, votesAgainst: 0, abstentions: 0, reason: '成员年事已高，无力继续', remainingAssets: '无剩余财产' },
  },
  'POST /api/filings/:id/transitions': { action: 'submit' },
  'POST /api/filings/:id/objections/:objectionId/answer': { decision: 'dismiss', answer: '驳回异议' },
  'POST /api/organizations/:id/archive': { docType: 'handling_result', title: '矩阵测试', issuedBy: '矩阵测试单位', issuedOn: '2026-01-01', attachmentId: '00000000-0000-4000-8000-000000000000' },
  'POST /api/organizations/:id/terminations': {
    meeting: { heldOn: '2026-05-01', membersPresent: 10, votesFor: 10, votesAgainst: 0, abstentions: 0, reason: '成员年事已高，无力继续', remainingAssets: '无剩余财产' },
  },
  'POST /api/organizations/:id/revocations': { cause: '连续两年未开展活动' },
  'POST /api/organizations/registered': { name: '矩阵测试组织', category: 'other', jurisdictionCode: '441802006001', leaderName: 'x', creditCode: '51310110501144395U' },
  'POST /api/organizations/guided': { name: '矩阵测试小组', category: 'other', jurisdictionCode: '441802006001', leaderName: 'x' },
  'PUT /api/organizations/:id/hub': { hubStreetCode: '441802006' },
  'POST /api/hub-ledgers': { period: '2026H1' },
  'PUT /api/hub-ledgers/:id/remarks': { remarks: 'x' },
  'POST /api/hub-ledgers/:id/transitions': { action: 'submit' },
  'POST /api/registration-candidates': { organizationId: '00000000-0000-4000-8000-000000000000', reason: '规模较大' },
  'PATCH /api/registration-candidates/:id': { reason: '规模较大' },
  'POST /api/registration-candidates/:id/visits': { visitedOn: '2026-01-05', visitors: 'x', content: '指导内容' },
  'POST /api/registration-candidates/:id/outcome': { outcome: 'dropped', note: '不再跟踪' },
  // bodies: volunteers, stations, teams (M5.1)
  // bodies: activities, sign-up, check-in, help requests (M5.2)
  // bodies: service records, certificates, credit records (M5.3, M5.4)
  // bodies: time bank, jurisdiction settings, ledger check (M5.5)
  // bodies: points, catalogue, redemptions (M5.6)
};

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

describe('access matrix', () => {
  it('lists every API route', () => {
    const registered = t.app.apiRoutes;
    const missing = registered.filter((r) => !(r in routes));
    const stale = Object.keys(routes).filter((r) => !registered.includes(r));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it.each(Object.entries(routes).filter(([, a]) => !('public' in a)))('%s refuses anonymous requests with 401', async (route) => {
    const [method, path] = route.split(' ');
    const response = await t.anonymous.request({ method: method as never, url: concrete(path), payload: bodies[route] as never });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('UNAUTHENTICATED');
  });

  it.each(Object.entries(routes).flatMap(([route, a]) => ('deniedTo' in a ? [[route, a.deniedTo]] : [])))(
    '%s refuses role of %s with 403',
    async (route, username) => {
      const [method, path] = route.split(' ');
      const client = await t.login(username);
      const response = await client.request({ method: method as never, url: concrete(path), payload: bodies[route] as never });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('FORBIDDEN');
    },
  );
});
