import type { FastifyReply } from 'fastify';
import type { Ctx } from '../context';
import { sessionCookieName } from '../auth/sessions';

/** Hands a new session to the browser: every sign-in (login, a volunteer's registration) sets it alike. */
export function setSessionCookie(reply: FastifyReply, ctx: Ctx, cookieValue: string): void {
  reply.setCookie(sessionCookieName, cookieValue, {
    httpOnly: true, sameSite: 'lax', path: '/', secure: ctx.services.config.secureCookies,
  });
}
