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
  'GET /api/satisfaction-rounds': { deniedTo: 'org' },
  'POST /api/satisfaction-rounds': { deniedTo: 'bureau' },
  'GET /api/satisfaction-rounds/:id': { deniedTo: 'volunteer' },
  'POST /api/satisfaction-rounds/:id/evaluators': { deniedTo: 'bureau' },
  'POST /api/satisfaction-rounds/:id/evaluators/:evaluatorId/link': { deniedTo: 'hub' },
  'POST /api/satisfaction-rounds/:id/close': { deniedTo: 'org' },
  'GET /api/satisfaction-rounds/:id/results': { deniedTo: 'hub' },
  'GET /api/satisfaction-rounds/:id/results.pdf': { deniedTo: 'org' },
  'GET /api/organizations/:id/satisfaction': { deniedTo: 'volunteer' },
  'GET /api/satisfaction-exit-reviews': { deniedTo: 'org' },
  'GET /api/public/satisfaction/:districtCode/:token': { public: true },
  'POST /api/public/satisfaction/:districtCode/:token': { public: true },
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
  'POST /api/public/volunteers': { public: true },
  'GET /api/public/volunteer-consent': { public: true },
  'GET /api/public/volunteer-vocabulary': { public: true },
  'GET /api/volunteers/me': { deniedTo: 'committee' },
  'PATCH /api/volunteers/me': { deniedTo: 'street' },
  'POST /api/volunteers/me/teams/:teamId': { deniedTo: 'org' },
  'DELETE /api/volunteers/me/teams/:teamId': { deniedTo: 'bureau' },
  'GET /api/volunteers/me/managed': { signedIn: 'own stations and teams' },
  'GET /api/volunteers': { deniedTo: 'volunteer' },
  'POST /api/volunteers': { deniedTo: 'street' },
  'GET /api/volunteers/import-template': { signedIn: 'a blank template' },
  'POST /api/volunteers/import': { deniedTo: 'bureau' },
  'GET /api/volunteers/:id': { deniedTo: 'hub' },
  'GET /api/volunteer-stations': { deniedTo: 'hub' },
  'POST /api/volunteer-stations': { deniedTo: 'org' },
  'PATCH /api/volunteer-stations/:id': { deniedTo: 'bureau' },
  'GET /api/volunteer-teams': { deniedTo: 'volunteer' },
  'POST /api/volunteer-teams': { deniedTo: 'bureau' },
  'PATCH /api/volunteer-teams/:id': { deniedTo: 'hub' },
  'POST /api/volunteer-teams/:id/members': { deniedTo: 'volunteer' },
  'DELETE /api/volunteer-teams/:id/members/:volunteerId': { deniedTo: 'bureau' },
  // activities, sign-up, check-in, help requests (M5.2)
  'GET /api/activities': { deniedTo: 'reviewer' },
  'POST /api/activities': { deniedTo: 'bureau' },
  'GET /api/activities/mine': { deniedTo: 'committee' },
  'GET /api/activities/:id': { deniedTo: 'auditor' },
  'PATCH /api/activities/:id': { deniedTo: 'bureau' },
  'POST /api/activities/:id/cancel': { deniedTo: 'hub' },
  'POST /api/activities/:id/signups': { deniedTo: 'committee' },
  'POST /api/activities/:id/signups/cancel': { deniedTo: 'street' },
  'GET /api/activities/:id/check-in-code': { deniedTo: 'bureau' },
  'POST /api/activities/:id/check-in': { deniedTo: 'org' },
  'POST /api/activities/:id/check-out': { deniedTo: 'street' },
  'POST /api/activities/:id/signups/:signupId/check-in': { deniedTo: 'bureau' },
  'POST /api/activities/:id/signups/:signupId/check-out': { deniedTo: 'hub' },
  'POST /api/activities/:id/signups/:signupId/no-show': { deniedTo: 'city' },
  'GET /api/public/activities': { public: true },
  'GET /api/public/activities/:id': { public: true },
  'GET /api/public/service-types': { public: true },
  'GET /api/help-requests': { deniedTo: 'hub' },
  'POST /api/help-requests': { deniedTo: 'bureau' },
  'GET /api/help-requests/:id/suggestions': { deniedTo: 'volunteer' },
  'POST /api/help-requests/:id/match': { deniedTo: 'bureau' },
  'POST /api/help-requests/:id/close': { deniedTo: 'org' },
  // service records, certificates, credit records (M5.3, M5.4)
  'POST /api/activities/:id/confirmations': { deniedTo: 'bureau' },
  'GET /api/service-records': { deniedTo: 'volunteer' },
  'GET /api/service-records/totals': { deniedTo: 'volunteer' },
  'GET /api/service-records/mine': { deniedTo: 'committee' },
  'POST /api/service-records/:id/reversal': { deniedTo: 'bureau' },
  'POST /api/service-certificates': { deniedTo: 'bureau' },
  'GET /api/service-certificates/:id/pdf': { deniedTo: 'org' },
  'GET /api/public/service-certificates/verify': { public: true },
  'GET /api/credit-records': { deniedTo: 'org' },
  'POST /api/credit-records': { deniedTo: 'bureau' },
  'GET /api/credit-records/mine': { deniedTo: 'street' },
  'POST /api/credit-records/:id/contest': { deniedTo: 'committee' },
  'POST /api/credit-records/:id/decision': { deniedTo: 'bureau' },
  // time bank, jurisdiction settings, ledger check (M5.5)
  'GET /api/time-bank/mine': { deniedTo: 'committee' },
  'POST /api/time-bank/withdrawals': { deniedTo: 'committee' },
  'POST /api/time-bank/transfers': { deniedTo: 'street' },
  'POST /api/time-bank/donations': { deniedTo: 'org' },
  'GET /api/time-bank/accounts': { deniedTo: 'volunteer' },
  'GET /api/time-bank/accounts/:volunteerId': { deniedTo: 'hub' },
  'GET /api/jurisdiction-settings': { deniedTo: 'street' },
  'PUT /api/jurisdiction-settings/:code/:key': { deniedTo: 'committee' },
  'GET /api/ledger-checks/latest': { deniedTo: 'bureau' },
  // points, catalogue, redemptions (M5.6)
  'GET /api/reward-items': { deniedTo: 'volunteer' },
  'POST /api/reward-items': { deniedTo: 'hub' },
  'PATCH /api/reward-items/:id': { deniedTo: 'org' },
  'GET /api/reward-items/provider-accounts': { deniedTo: 'volunteer' },
  'GET /api/public/reward-items': { public: true },
  'GET /api/points/mine': { deniedTo: 'committee' },
  'POST /api/redemptions': { deniedTo: 'street' },
  'GET /api/redemptions/mine': { deniedTo: 'org' },
  'GET /api/redemptions': { deniedTo: 'auditor' },
  'POST /api/redemptions/confirm': { deniedTo: 'reviewer' },
};

const sample: Record<string, string> = {
  ':signupId': '00000000-0000-4000-8000-000000000000', ':evaluatorId': '00000000-0000-4000-8000-000000000000',
  ':teamId': '00000000-0000-4000-8000-000000000000', ':volunteerId': '00000000-0000-4000-8000-000000000000',
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
  'POST /api/satisfaction-rounds': { title: '矩阵测试', opensOn: '2030-01-01', closesOn: '2030-01-31' },
  'POST /api/satisfaction-rounds/:id/evaluators': { evaluators: [{ kind: 'resident_rep', name: '矩阵' }] },
  // bodies: volunteers, stations, teams (M5.1)
  'PATCH /api/volunteers/me': { availability: '周末上午' },
  'POST /api/volunteers': { name: '矩阵测试', idNumber: '11010519491231002X', phone: '13800000000', jurisdictionCode: '441802006001', consentOnPaper: true },
  'POST /api/volunteer-stations': { name: '矩阵测试站', jurisdictionCode: '441802006001' },
  'PATCH /api/volunteer-stations/:id': { name: '矩阵测试站' },
  'POST /api/volunteer-teams': { name: '矩阵测试队' },
  'PATCH /api/volunteer-teams/:id': { name: '矩阵测试队' },
  'POST /api/volunteer-teams/:id/members': { volunteerId: '00000000-0000-4000-8000-000000000000' },
  // bodies: activities, sign-up, check-in, help requests (M5.2)
  'POST /api/activities': {
    title: '矩阵测试活动', serviceType: 'elder_care', jurisdictionCode: '441802006001', address: '矩阵地址',
    startsAt: '2030-01-01T08:00:00+08:00', endsAt: '2030-01-01T10:00:00+08:00', capacity: 5, hostType: 'committee',
  },
  'PATCH /api/activities/:id': { title: '矩阵测试活动' },
  'POST /api/activities/:id/cancel': { reason: '矩阵测试' },
  'POST /api/activities/:id/check-in': { code: '12345678' },
  'POST /api/activities/:id/check-out': { code: '12345678' },
  'POST /api/help-requests': { requesterName: '矩阵', serviceType: 'elder_care', description: '矩阵测试', jurisdictionCode: '441802006001' },
  'POST /api/help-requests/:id/match': { volunteerId: '00000000-0000-4000-8000-000000000000' },
  'POST /api/help-requests/:id/close': { note: '矩阵测试' },
  // bodies: service records, certificates, credit records (M5.3, M5.4)
  'POST /api/activities/:id/confirmations': {},
  'POST /api/service-records/:id/reversal': { reason: '签退时间录入错误' },
  'POST /api/service-certificates': {},
  'POST /api/credit-records': { volunteerId: '00000000-0000-4000-8000-000000000000', kind: 'complaint', reason: '服务中态度生硬' },
  'POST /api/credit-records/:id/contest': { reason: '当天已提前请假，有聊天记录' },
  'POST /api/credit-records/:id/decision': { outcome: 'withdrawn', note: '核实后撤销' },
  // bodies: time bank, jurisdiction settings, ledger check (M5.5)
  'POST /api/time-bank/withdrawals': { minutes: 60, serviceType: 'elder_care', idempotencyKey: 'matrix-withdrawal' },
  'POST /api/time-bank/transfers': { recipientIdNumber: '11010519491231002X', recipientName: 'x', relationship: 'child', minutes: 60, idempotencyKey: 'matrix-transfer' },
  'POST /api/time-bank/donations': { minutes: 60, to: 'pool', idempotencyKey: 'matrix-donation' },
  'PUT /api/jurisdiction-settings/:code/:key': { value: 65 },
  // bodies: points, catalogue, redemptions (M5.6)
  'POST /api/reward-items': { title: '矩阵测试', providerName: '矩阵单位', pickupAddress: '矩阵地址', pointsCost: 10, stock: 1 },
  'PATCH /api/reward-items/:id': { stock: 5 },
  'POST /api/redemptions': { itemId: '00000000-0000-4000-8000-000000000000', idempotencyKey: 'matrix-key-1' },
  'POST /api/redemptions/confirm': { pickupCode: 'ABCD2345' },
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
