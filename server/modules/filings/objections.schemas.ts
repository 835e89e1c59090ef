import { z } from 'zod';

export const objectionBodySchema = z.object({
  reason: z.string().trim().min(5, 'objectionReasonTooShort').max(2000),
  contact: z.string().trim().max(100).optional(),
});

export const answerObjectionBodySchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('dismiss'), answer: z.string().trim().min(2).max(2000) }),
  z.object({
    decision: z.literal('uphold'),
    answer: z.string().trim().min(2).max(2000),
    /** Upholding sends the filing back for amendment or ends it. */
    then: z.enum(['return', 'reject']),
    fieldsToFix: z.array(z.string().max(60)).max(40).optional(),
  }),
]);

export const objectionParamsSchema = z.object({ id: z.uuid(), objectionId: z.uuid() });
