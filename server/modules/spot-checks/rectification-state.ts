import { ConflictError } from '../../platform/errors';
import type { supervisionNotices } from './spot-checks.tables';

/** Only a rectification notice not yet accepted takes a report or a review. */
export function assertRectificationOpen(notice: Pick<typeof supervisionNotices.$inferSelect, 'kind' | 'state'>) {
  if (notice.kind !== 'rectification') throw new ConflictError('noticeNotRectification');
  if (notice.state === 'fixed') throw new ConflictError('noticeRectificationClosed');
}
