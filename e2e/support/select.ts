import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Chooses the option of an antd Select whose label contains `optionText` (typing `search` first, for
 * a select that finds its options as the user types), and waits for what the choice reveals. The list
 * opens with an animation, and in a dialog that is still zooming in it moves again once the dialog
 * stands still; a click that lands while it moves closes the list without choosing, so the
 * open-and-click is retried until `revealed` shows.
 */
export async function chooseOption(page: Page, select: Locator, optionText: string, revealed: Locator, options: { search?: string } = {}) {
  const option = page.locator('.ant-select-item-option', { hasText: optionText });
  await expect(async () => {
    if (!(await option.isVisible())) {
      await select.click();
      if (options.search) await select.fill(options.search);
    }
    await option.click({ timeout: 2_000 });
    await expect(revealed).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
