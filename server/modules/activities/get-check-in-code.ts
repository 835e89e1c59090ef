import QRCode from 'qrcode';
import type { ActorCtx } from '../../platform/context';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { currentCheckInCode } from './check-in-code';
import { findVisibleActivity } from './find-activity';

/**
 * 签到二维码: the code of the current window and the portal address it opens, as an SVG QR code for
 * the manager's screen (it rotates: the screen asks again every minute).
 */
export async function getCheckInCode({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'activity.manage');
  const activity = await findVisibleActivity(ctx, id);
  if (activity.status !== 'published') throw new ConflictError('activityNotPublished');
  const { code, expiresAt } = currentCheckInCode(activity, new Date());
  const url = `${ctx.services.config.publicUrl}/check-in?a=${activity.id}&c=${code}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { code, url, qrSvg, expiresAt: expiresAt.toISOString() };
}
