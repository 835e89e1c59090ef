import { expect, type Locator } from '@playwright/test';
import { decodeQrImage } from '../../server/test/documents';

/**
 * Reads a QR code off the screen as a phone camera does: it keeps looking until the code is steady.
 * A code in a dialog that is still zooming in is blended with the page behind and cannot be read yet.
 */
export async function scanQrOnScreen(code: Locator): Promise<string> {
  let text = '';
  await expect(async () => { text = decodeQrImage(await code.screenshot()); }).toPass({ timeout: 10_000 });
  return text;
}
