import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pickLang, type Lang } from '../../../common/i18n';
import type { ActorCtx, Ctx, Services } from '../context';
import { resolveSession, sessionCookieName, type ResolvedSession } from '../auth/sessions';
import { CsrfError, NotAuthenticatedError, PasswordExpiredError } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    ctx: Ctx;
    session: ResolvedSession | null;
  }
  interface FastifyContextConfig {
    /** Open to anyone (login, health, the public portal's reads). */
    public?: boolean;
    /** Reachable while the password must be changed (session info, change password, logout). */
    allowExpiredPassword?: boolean;
  }
}

export const csrfHeader = 'x-csrf-token';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function passwordIsExpired(session: ResolvedSession, maxAgeDays: number, now = new Date()): boolean {
  if (session.mustChangePassword) return true;
  if (maxAgeDays === 0) return false;
  return now.getTime() - session.passwordChangedAt.getTime() > maxAgeDays * 86_400_000;
}

/**
 * Every /api request gets `request.ctx`: its language, its source address and, when the session
 * cookie is live, its actor. Then the gate: sign-in required unless the route is public, the CSRF
 * header on state-changing requests, and a forced password change before anything else.
 */
export function registerRequestContext(app: FastifyInstance, services: Services): void {
  app.decorateRequest('lang', 'zh-CN');
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    request.lang = pickLang(request.headers['x-lang'] as string | undefined ?? request.headers['accept-language']);
    if (!request.url.startsWith('/api/') && !request.url.startsWith('/.well-known/')) return;
    const settings = services.settings;
    const lookup = await resolveSession(services.database.db, request.cookies[sessionCookieName], {
      idleMinutes: await settings.get('session.idleMinutes'),
      absoluteHours: await settings.get('session.absoluteHours'),
    });
    request.session = lookup.status === 'active' ? lookup.session : null;
    request.ctx = {
      db: services.database.db,
      services,
      actor: request.session?.actor ?? null,
      lang: request.lang,
      sourceAddress: request.ip,
      userAgent: String(request.headers['user-agent'] ?? ''),
    };
    const config = request.routeOptions.config;
    if (config.public || request.url.startsWith('/api/docs')) return;
    if (!request.session) {
      throw new NotAuthenticatedError(lookup.status === 'expired' ? 'sessionExpired' : 'unauthenticated');
    }
    if (!safeMethods.has(request.method) && request.headers[csrfHeader] !== request.session.csrfToken) {
      throw new CsrfError('csrf');
    }
    if (!config.allowExpiredPassword && passwordIsExpired(request.session, await settings.get('password.maxAgeDays'))) {
      throw new PasswordExpiredError('passwordExpired');
    }
  });
}

/** The context of a signed-in route; the gate has already refused anonymous requests. */
export function actorCtx(request: FastifyRequest): ActorCtx {
  if (!request.ctx.actor) throw new NotAuthenticatedError('unauthenticated');
  return request.ctx as ActorCtx;
}
