import type { FastifyReply } from 'fastify';

/**
 * The answer to a request carrying an idempotency key: a retry gets the first answer's body, and
 * the header `idempotent-replayed: true` says it moved nothing this time.
 */
export function idempotentReply<T>(reply: FastifyReply, result: { answer: T; replayed: boolean }): T {
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  return result.answer;
}
