import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Services } from '../context';
import { registerRequestContext } from './request-context';
import { sendProblem } from './problems';
import { NotFoundError } from '../errors';

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: string[];
  }
}

export type RouteModule = (app: FastifyInstance) => Promise<void>;

export type BuildAppOptions = {
  services: Services;
  routes: RouteModule[];
  /** Built web assets (vite); served when present. */
  webDir?: string;
  logger?: boolean | { level: string };
};

const hardUploadLimit = 200 * 1024 * 1024;

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { services } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: services.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(request, reply, error));

  await app.register(fastifyCookie);
  // The effective per-file limit is the `attachments.maxBytes` setting, checked while streaming.
  await app.register(fastifyMultipart, { limits: { fileSize: hardUploadLimit, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Linli 邻里 API', version: '1.0.0', description: '社区社会组织培育管理服务平台 API' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'linli_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  // Every API route as "METHOD /path", for the access-matrix test and nothing else.
  const apiRoutes: string[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!/^\/(api|\.well-known)\//.test(route.url) || route.url.startsWith('/api/docs')) return;
    for (const method of [route.method].flat()) if (method !== 'HEAD') apiRoutes.push(`${method} ${route.url}`);
  });

  registerRequestContext(app, services);
  for (const register of options.routes) await app.register(register);

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    // The build puts .br and .gz copies beside the scripts and styles (vite.config.ts).
    await app.register(fastifyStatic, { root: webDir, index: false, wildcard: false, preCompressed: true });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      return sendProblem(request, reply, new NotFoundError('routeNotFound'));
    }
    // Single-page apps: unknown paths render the app, which routes on the client.
    const page = request.url.startsWith('/admin') ? 'admin/index.html' : 'index.html';
    return reply.type('text/html').sendFile(page);
  });
  return app;
}
