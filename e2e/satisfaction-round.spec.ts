import { expect, test } from '@playwright/test';
import { scanQrOnScreen } from './support/qr';
import { signIn } from './support/session';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const title = '高基里社区冬季社区社会组织满意度测评';
const evaluators = [
  { kind: '两委成员', name: '陈建国', affiliation: '高基里社区党委' },
  { kind: '居（村）民代表', name: '黄丽华', affiliation: '3号楼居民代表' },
  { kind: '辖区单位', name: '刘志强', affiliation: '凤城街道社区卫生服务中心' },
];

/** The page a link opens on this test server (the link carries the platform's public address). */
const onThisServer = (link: string) => { const url = new URL(link); return `${url.pathname}${url.search}`; };

test('a committee opens a round and names evaluators, they score on their phones, and the committee closes it and sees the ranking', async ({ browser, page }) => {
  test.setTimeout(180_000);
  // The committee opens a round for every active organization of 高基里社区, with the default items.
  await signIn(page, 'committee');
  await page.getByRole('menuitem', { name: '满意度测评' }).click();
  await page.getByTestId('open-round').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('测评名称').fill(title);
  await expect(dialog.locator('.ant-select-selection-item').first()).toBeVisible();
  await dialog.getByRole('button', { name: '发起测评' }).click();
  await expect(page.getByTestId('round-title')).toHaveText(title);
  await expect(page.getByTestId('round-state')).toHaveText('测评中');

  // Names one evaluator of each kind and reads their links off the screen.
  await page.getByTestId('add-evaluators').click();
  const add = page.getByRole('dialog');
  for (const [i, e] of evaluators.entries()) {
    if (i > 0) await add.getByTestId('add-evaluator-row').click();
    const row = add.getByTestId(`evaluator-row-${i}`);
    await row.locator('label').filter({ hasText: e.kind }).click();
    await row.getByPlaceholder('姓名').fill(e.name);
    await row.getByPlaceholder(/如：/).fill(e.affiliation);
  }
  await add.getByRole('button', { name: /保\s*存/ }).click();
  const cards = page.getByTestId('evaluator-link');
  await expect(cards).toHaveCount(3);
  const links = await page.getByTestId('evaluator-url').allTextContents();
  expect(links.every((l) => /\/satisfaction\?d=441802&t=[A-Za-z0-9_-]{43}$/.test(l))).toBeTruthy();
  // The printed slip's QR code opens the same link.
  expect(await scanQrOnScreen(cards.first().getByTestId('evaluator-qr'))).toBe(links[0]);
  await page.getByRole('dialog').getByRole('button', { name: '关 闭' }).click();
  // The links followed the evaluators' form; closing them hands focus back to the button that opened the form.
  await expect(page.getByTestId('add-evaluators')).toBeFocused();

  // Each evaluator scores on a phone: the first organization 满意, the second 不满意, the rest 基本满意.
  const phoneContext = await browser.newContext(phone);
  const ballot = await phoneContext.newPage();
  let organizationNames: string[] = [];
  for (const [i, link] of links.entries()) {
    await ballot.goto(onThisServer(link));
    await expect(ballot.getByRole('heading', { name: title })).toBeVisible();
    await expect(ballot.getByText(`测评人：${evaluators[i].name}（${evaluators[i].kind}）`)).toBeVisible();
    const sections = ballot.getByTestId('ballot-organization');
    organizationNames = await sections.locator('h2').allTextContents();
    if (i === 0) {
      // Nothing scored yet: the page says how many are missing and sends nothing.
      await ballot.getByRole('button', { name: '提交测评' }).click();
      await expect(ballot.getByRole('alert')).toHaveText(`还有 ${organizationNames.length * 4} 项未评分`);
    }
    for (const [j] of organizationNames.entries()) {
      const answer = j === 0 ? '满意' : j === 1 ? '不满意' : '基本满意';
      const radios = sections.nth(j).getByRole('radio', { name: answer, exact: true });
      for (let k = 0; k < 4; k++) await radios.nth(k).check();
    }
    await expect(ballot.getByText(`已评 ${organizationNames.length * 4}／${organizationNames.length * 4} 项`)).toBeVisible();
    await ballot.getByRole('button', { name: '提交测评' }).click();
    await expect(ballot.getByTestId('ballot-status')).toHaveText('提交成功，感谢您的参与！');
  }
  // A link works once.
  await ballot.goto(onThisServer(links[0]));
  await expect(ballot.getByTestId('ballot-status')).toHaveText('您已提交过本轮测评，感谢参与。');
  await phoneContext.close();

  // The committee sees everyone has submitted, closes the round and reads the ranking.
  await page.reload();
  await expect(page.getByText('3/3 人已提交')).toBeVisible();
  await page.getByTestId('close-round').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '结束测评并计算结果' }).click();
  await expect(page.getByTestId('round-state')).toHaveText('已结束');
  const rows = page.getByTestId('results-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(organizationNames.length);
  await expect(rows.first()).toContainText(organizationNames[0]);
  await expect(rows.first()).toContainText('100.00');
  await expect(rows.last()).toContainText(organizationNames[1]);
  await expect(rows.last()).toContainText('不满意');
  // Everyone in between scored 60 and shares rank 2.
  const ranks = await rows.locator('td:first-child').allTextContents();
  expect(ranks).toEqual(['1', ...organizationNames.slice(2).map(() => '2'), String(organizationNames.length)]);
  await expect(page.getByRole('link', { name: /结果 PDF/ })).toHaveAttribute('href', /results\.pdf$/);
});
