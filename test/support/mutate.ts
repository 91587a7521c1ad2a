/** Deterministic document mutations for the fuzz tests: typing, deleting, pasting, cutting. */

/** mulberry32: small, fast, reproducible. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = ['<', '>', '/>', '"', "'", '=', '&', '&amp;', '&#x41;', '&bogus;', '<!--', '-->', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '\u0000', '\ufeff', '\r\n', ' ', '%d', '::', '255.255.255.255', '-1', '0x', '99999999999999999999', 'ipv6', 'nat', '<ip>', '</ip>', '<dhcp>', '<range start="1" end="2"/>', '<forward mode="bridge">', 'é', '😀'];

export function mutate(text: string, rnd: () => number): string {
  const at = () => Math.floor(rnd() * (text.length + 1));
  const kind = Math.floor(rnd() * 7);
  const a = at();
  const b = Math.min(text.length, a + Math.floor(rnd() * 40));
  switch (kind) {
    case 0:
      return text.slice(0, a); // truncation: half-typed document
    case 1:
      return text.slice(0, a) + text.slice(b); // deletion
    case 2:
      return text.slice(0, a) + FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)] + text.slice(a);
    case 3:
      return text.slice(0, a) + text.slice(a, b) + text.slice(a); // duplication
    case 4: {
      const c = at();
      return text.slice(0, Math.min(a, c)) + text.slice(Math.max(a, c)); // large cut
    }
    case 5:
      return text.replace(/(['"])([^'"]*)\1/g, (m, q: string, v: string) => (rnd() < 0.15 ? `${q}${v.split('').reverse().join('')}${q}` : m));
    default:
      return text.slice(0, a) + String.fromCharCode(Math.floor(rnd() * 0x2ff)) + text.slice(a + 1);
  }
}
