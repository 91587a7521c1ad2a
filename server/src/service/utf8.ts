/** Text as C code (libvirt, dnsmasq, the kernel) counts it: UTF-8 bytes. */

const encoder = new TextEncoder();

/** The UTF-8 length of `text`, counted without encoding it (lone surrogates count as U+FFFD, as when encoded). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}
