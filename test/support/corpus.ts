import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** libvirt's test documents, shipped beside the checkout in ../shared (read-only). */
export const CORPUS_DIR = join(__dirname, '../../../../shared/corpus/libvirt');

/**
 * Reads a corpus document. Some files are git symlinks stored as their target path
 * (e.g. `../networkxml2confdata/leasetime-hours.xml`): follow those like git would.
 */
export function readCorpusFile(relative: string): string {
  let path = join(CORPUS_DIR, relative);
  for (let hops = 0; hops < 4; hops++) {
    const text = readFileSync(path, 'utf8');
    if (!/^[^<\n]+\.xml\s*$/.test(text)) return text;
    path = join(dirname(path), text.trim());
  }
  throw new Error(`symlink loop at ${relative}`);
}

/** Relative paths of the .xml documents in the given corpus folders. */
export function corpusFiles(...folders: string[]): string[] {
  return folders.flatMap((d) => readdirSync(join(CORPUS_DIR, d)).filter((f) => f.endsWith('.xml')).map((f) => `${d}/${f}`));
}
