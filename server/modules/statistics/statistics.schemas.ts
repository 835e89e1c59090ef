import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';

/** 组织发展统计 of a node (default: the caller's own), by child node; `format=xlsx` for the workbook. */
export const organizationStatisticsQuerySchema = z.object({
  jurisdictionCode: divisionCodeSchema.optional(),
  format: listQuerySchema.shape.format,
});
