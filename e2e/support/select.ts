import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Chooses an option of an antd Select and waits for what the choice reveals. The dropdown opens with an
 * animation; a click that lands while it is still moving can close the list without choosing, so the
 * open-and-click is retried until `revealed` shows.
 */
export async function chooseOption(page: Page, select: Locator, optionTitle: string, revealed: Locator) {
  const option = page.locator(`.ant-select-item-option[title="${optionTitle}"]`);
  await expect(async () => {
    if (!(await option.isVisible())) await select.click();
    await option.click({ timeout: 2_000 });
    await expect(revealed).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
