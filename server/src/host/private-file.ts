// XML for net-define goes through a file that only this user can read, in a directory made for
// it, removed as soon as virsh has read it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function withPrivateFile<T>(content: string, fileName: string, use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'libvirt-net-')); // mode 0700
  try {
    const path = join(dir, fileName);
    await writeFile(path, content, { mode: 0o600, flag: 'wx' });
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
