import type { FastifyReply } from 'fastify';

/** Sends a PDF to open in the browser (`inline`), named `<name>.pdf`. */
export function sendPdf(reply: FastifyReply, name: string, content: Buffer): FastifyReply {
  return reply.type('application/pdf')
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(`${name}.pdf`)}`).send(content);
}
