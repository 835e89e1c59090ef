import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/** A server started by the harness: where it listens and how to stop it. */
export type ServerProcess = { name: string; url: string; stop(): Promise<void>; recentOutput(): string };

export function tasksetAvailable(): boolean {
  return spawnSync('taskset', ['--version']).status === 0;
}

/** Moves this process (the load generator) onto `core`, so servers and load do not share a core. */
export function pinSelf(core: number): void {
  spawnSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)], { stdio: 'ignore' });
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts a TypeScript entry point under Node (with tsx), pinned to `core` when given, and waits
 * until GET /api/health answers.
 */
export async function startServer(options: {
  name: string; entry: string; env: Record<string, string>; core: number | null;
  /** How long to wait for health (a demo database's first start seeds it). */
  timeoutSeconds?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const node = [process.execPath, '--import', 'tsx', options.entry];
  const [command, ...args] = options.core === null ? node : ['taskset', '-c', String(options.core), ...node];
  const child = spawn(command, args, {
    env: { ...process.env, ...options.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => { output = (output + chunk.toString()).slice(-4000); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(url, child, () => output, options.name, options.timeoutSeconds ?? 60);
  return { name: options.name, url, stop: () => stopChild(child), recentOutput: () => output };
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string, name: string, timeoutSeconds: number): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output()}`);
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not become healthy within ${timeoutSeconds} s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    child.kill('SIGTERM');
  });
}
