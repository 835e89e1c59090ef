import { expect, test } from '@playwright/test';
import { signIn } from './support/session';

const unreachable = '高基里社区邻里守望互助队';
const wrong = '高基里社区红马甲志愿服务队';

test('the street sees the dormant proposals, finds a troupe reached at last, and dismisses a wrong proposal', async ({ page }) => {
  await signIn(page, 'street');
  await page.getByRole('menuitem', { name: '僵尸型清理' }).click();
  const proposals = page.getByTestId('dormant-proposals');
  const troupe = proposals.getByRole('row', { name: new RegExp(unreachable) });
  await expect(troupe).toContainText('联系不上');
  await expect(troupe).toContainText('最近 2 次联系均未联系上');

  // Its contact attempts: two failed; the street finally reaches the leader by phone.
  await troupe.getByRole('button', { name: '联系记录' }).click();
  const contacts = page.getByRole('dialog');
  await expect(contacts.getByTestId('contact-attempts').getByRole('row')).toHaveCount(3);
  await contacts.getByRole('radio', { name: '已联系上' }).check();
  await contacts.getByPlaceholder('情况').fill('联系上负责人，称下月恢复晨练');
  await contacts.getByTestId('record-contact').click();
  await expect(contacts.getByTestId('contact-attempts').getByRole('row')).toHaveCount(4);
  await expect(contacts.getByText('联系上负责人，称下月恢复晨练')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(contacts).toBeHidden();

  // A wrong proposal is dismissed with a note and leaves the list of those to decide.
  await proposals.getByRole('row', { name: new RegExp(wrong) }).getByTestId('decide').click();
  const decide = page.getByRole('dialog');
  await decide.getByRole('radio', { name: '不属于僵尸型组织' }).check();
  await expect(decide.getByText('清理建议有误，不予清理。')).toBeVisible();
  await decide.getByLabel('说明').fill('该队伍每月开展助老服务，活动记录在服务台账中');
  await decide.getByTestId('decide-ok').click();
  await expect(decide).toBeHidden();
  await expect(proposals.getByRole('row', { name: new RegExp(wrong) })).toHaveCount(0);
});
