/**
 * A set of strings sized up front for an expected count: one array allocated once, where a Set
 * growing to thousands of entries is rehashed a dozen times (dhcp-host-duplicate keeps every
 * host's mac, ip and name; the garbage counts on documents with thousands of hosts).
 * Open addressing with linear probing; it still works, only slower, past the expected count.
 */
export class SeenStrings {
  private slots: (string | undefined)[];
  private mask: number;
  private size = 0;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 1.5) capacity *= 2;
    this.slots = new Array<string | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
  }

  /** Adds `key`; true when it was there already. */
  addAgain(key: string): boolean {
    let slot = hash(key) & this.mask;
    for (;;) {
      const present = this.slots[slot];
      if (present === undefined) break;
      if (present === key) return true;
      slot = (slot + 1) & this.mask;
    }
    this.slots[slot] = key;
    if (++this.size * 4 > this.slots.length * 3) this.grow();
    return false;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Array<string | undefined>(old.length * 2).fill(undefined);
    this.mask = this.slots.length - 1;
    for (const key of old) {
      if (key === undefined) continue;
      let slot = hash(key) & this.mask;
      while (this.slots[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.slots[slot] = key;
    }
  }
}

/** FNV-1a over the UTF-16 code units, its high bits folded into the low ones the mask keeps. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}
