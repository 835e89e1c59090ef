import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

/**
 * Where attachment bytes live. Local disk under DATA_DIR by default; an S3-compatible store can
 * implement the same three calls, so app processes stay stateless.
 */
export interface FileStorage {
  put(key: string, content: Readable | Buffer): Promise<void>;
  get(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
}

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!/^[a-z0-9/_-]+$/i.test(key) || key.includes('..')) throw new Error(`Bad storage key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, content: Readable | Buffer): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    if (Buffer.isBuffer(content)) await fs.promises.writeFile(partial, content);
    else await pipeline(content, fs.createWriteStream(partial));
    await fs.promises.rename(partial, target);
  }

  async get(key: string): Promise<Readable> {
    const target = this.pathOf(key);
    await fs.promises.access(target);
    return fs.createReadStream(target);
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}
