import { expect, test, type Page } from '@playwright/test';
import { residentIdCheckCharacter } from '../server/platform/validators/resident-id';
import { decodeQrCode } from '../server/test/documents';
import { scanQrOnScreen } from './support/qr';
import { signIn, signedIn } from './support/session';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const idNumber = (() => { const first17 = '44180219870615102'; return first17 + residentIdCheckCharacter(first17); })();
const mobile = '13712345678';
const title = '高基里社区长者助餐送餐';

/** The page a scanned link opens on this test server (the link carries the platform's public address). */
const onThisServer = (link: string) => { const url = new URL(link); return `${url.pathname}${url.search}`; };

/** Reads the rotating check-in QR code off the manager's screen, as a volunteer's phone camera would. */
async function scanCheckInCode(console: Page): Promise<string> {
  await console.getByRole('button', { name: /刷\s*新/ }).click();
  const link = onThisServer(await scanQrOnScreen(console.getByTestId('check-in-qr').locator('img')));
  expect(link).toMatch(/^\/check-in\?a=[0-9a-f-]{36}&c=\d{8}$/);
  return link;
}

test('a resident registers on a phone, serves, earns hours and points, redeems them, and the certificate verifies', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(240_000);
  // An hour is the usual unit; here the service lasts a minute, so the community counts minutes and
  // gives 600 points an hour (10 for the minute), as a city may set its own rules.
  const admin = await signedIn(playwright, baseURL!, 'admin');
  await admin.put('/api/settings/service.roundingMinutes', { value: 1 });
  await admin.put('/api/jurisdiction-settings/441802006001/points.perHour', { value: 600 });
  const committee = await signedIn(playwright, baseURL!, 'committee');
  const startsAt = new Date(Date.now() + 10 * 60_000);
  await committee.post('/api/activities', {
    title, serviceType: 'elder_care', groupsServed: ['empty_nest_elderly'], skillsWanted: [], jurisdictionCode: '441802006001',
    address: '高基里社区长者食堂', hostType: 'committee', capacity: 5,
    startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
  });

  // The resident registers on the portal, on a phone.
  const phoneContext = await browser.newContext(phone);
  const page = await phoneContext.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: '志愿者登录' }).click();
  await page.getByRole('link', { name: '注册志愿者' }).click();
  await page.getByLabel('真实姓名').fill('黄志强');
  await page.getByLabel('居民身份证号').fill(idNumber);
  await page.getByLabel('手机号').fill(mobile);
  for (const [depth, name] of ['广东省', '清远市', '清城区', '凤城街道', '高基里社区'].entries()) {
    await page.getByTestId(`place-${depth}`).selectOption({ label: name });
  }
  await page.getByRole('checkbox', { name: '家电维修' }).check();
  await page.getByRole('checkbox', { name: '助老服务' }).check();
  await page.getByLabel('登录密码').fill('Linli@2026');
  await page.getByLabel('再次输入密码').fill('Linli@2026');
  await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText('黄志强，您好')).toBeVisible();

  // Signs up for the activity.
  await page.getByRole('navigation', { name: '服务导航' }).getByRole('link', { name: '志愿活动' }).click();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: '我要报名' }).click();
  await expect(page.getByTestId('signup-state')).toContainText('您已报名');

  // The manager shows the check-in QR code in the console; the phone scans it: checked in.
  const consoleContext = await browser.newContext();
  const manager = await consoleContext.newPage();
  await signIn(manager, 'committee');
  await manager.getByRole('menuitem', { name: '志愿活动' }).click();
  await manager.getByRole('cell', { name: title }).click();
  await manager.getByRole('button', { name: '签到二维码' }).click();
  await page.goto(await scanCheckInCode(manager));
  await expect(page.getByTestId('check-in-result')).toContainText('签到成功');
  const checkedInAt = Date.now();

  // A minute of service later the phone scans again: checked out.
  await page.waitForTimeout(Math.max(0, checkedInAt + 62_000 - Date.now()));
  await page.goto(await scanCheckInCode(manager));
  await expect(page.getByTestId('check-in-result')).toContainText('签退成功');

  // The manager confirms the hours.
  await manager.keyboard.press('Escape');
  await manager.getByRole('button', { name: '确认服务时长（1 人）' }).click();
  await manager.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(manager.getByText('已确认 1 人的服务时长')).toBeVisible();

  // The record, the hours and the points appear on the phone.
  await page.goto('/me/records');
  await expect(page.getByTestId('my-service-record')).toContainText(title);
  await expect(page.getByTestId('total-hours')).toHaveText('1 分钟');
  await page.goto('/me/time-bank');
  await expect(page.getByTestId('tb-hours')).toHaveText('1 分钟');
  await expect(page.getByTestId('tb-points')).toHaveText('10');

  // Redeems a lunch voucher for the 10 points and gets a pickup code.
  await page.goto('/rewards');
  const voucher = page.getByTestId('reward-item').filter({ hasText: '社区食堂午餐券' });
  await voucher.getByRole('button', { name: '兑换' }).click();
  await voucher.getByRole('button', { name: '兑换' }).click();
  const code = (await page.getByTestId('pickup-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{8}$/);

  // The provider (here the committee's counter) confirms the pickup.
  await manager.goto('/admin/points');
  await manager.getByLabel('取货码').fill(code);
  await manager.getByRole('button', { name: /核\s*销/ }).click();
  await expect(manager.getByText(/已核销：社区食堂午餐券/)).toBeVisible();
  await page.goto('/me/rewards');
  await expect(page.getByTestId('my-redemption').first()).toContainText('已领取');

  // The service-record certificate: issued on the phone, its QR code verifies on the portal.
  await page.goto('/me/records');
  await page.getByRole('button', { name: '开具服务记录证明' }).click();
  const pdfUrl = await page.getByRole('link', { name: '下载证明（PDF）' }).getAttribute('href');
  const pdf = await page.request.get(pdfUrl!);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const verifyLink = onThisServer(decodeQrCode(Buffer.from(await pdf.body())));
  expect(verifyLink).toMatch(/^\/verify\/service\?/);
  await page.goto(verifyLink);
  await expect(page.getByTestId('verify-result')).toContainText('黄*强');
  await expect(page.getByTestId('verify-result')).toContainText('该证明由本平台出具');

  await admin.put('/api/settings/service.roundingMinutes', { value: 15 });
  await phoneContext.close();
  await consoleContext.close();
});
