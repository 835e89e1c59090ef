import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serverMessages, translate, type ErrorKey, type Lang } from '../../../common/i18n';
import type { Problem } from '../../../common/problem';
import { DomainError, ValidationError } from '../errors';
import { ScopeViolationError } from '../db/scope-guard';


const englishZod = z.locales.en();

function isErrorKey(value: string): value is ErrorKey {
  return value in serverMessages['zh-CN'].errors;
}

/**
 * A schema's own message may be a catalogue key (so it translates); otherwise Zod's message is
 * Chinese (the global locale) and English requests get Zod's English text for the same issue.
 */
function localizeIssue(lang: Lang, message: string, issue: Record<string, unknown>): string {
  if (isErrorKey(message)) return translate(lang, message, issue);
  if (lang === 'en') {
    const english = englishZod.localeError(issue as never);
    if (typeof english === 'string') return english;
    if (english?.message) return english.message;
  }
  return message;
}

function problem(lang: Lang, status: number, code: string, key: ErrorKey, params = {}, errors: Problem['errors'] = []): Problem {
  const title = translate(lang, key, params);
  return { type: `/api/problems/${code.toLowerCase()}`, title, status, detail: title, code, errors };
}

export function toProblem(error: unknown, lang: Lang): Problem {
  if (error instanceof DomainError) {
    const errors = error.fieldErrors.map((f) => ({ path: f.path, message: translate(lang, f.key, f.params) }));
    const key = error instanceof ValidationError && errors.length && error.messageKey === 'validation' ? 'validation' : error.messageKey;
    return problem(lang, error.status, error.code, key, error.params, errors);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
      message: localizeIssue(lang, v.message ?? '', { code: v.keyword, ...v.params }),
    }));
    return problem(lang, 400, 'VALIDATION', 'validation', {}, errors);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError?.statusCode === 413 || fastifyError?.code === 'FST_REQ_FILE_TOO_LARGE') {
    return problem(lang, 413, 'PAYLOAD_TOO_LARGE', 'fileTooLarge', { max: '' });
  }
  if (fastifyError?.statusCode === 415 || fastifyError?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return problem(lang, 415, 'UNSUPPORTED_MEDIA_TYPE', 'validation');
  }
  if (fastifyError?.statusCode === 400) {
    // Malformed JSON and similar: Fastify's own 400s.
    return problem(lang, 400, 'VALIDATION', 'validation', {}, [{ path: '', message: fastifyError.message }]);
  }
  return problem(lang, 500, 'INTERNAL', 'internal');
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const lang = request.lang;
  const body = toProblem(error, lang);
  if (body.status >= 500 || error instanceof ScopeViolationError) {
    request.log.error({ err: error }, 'request failed');
  }
  return reply.code(body.status).type('application/problem+json').send(body);
}
