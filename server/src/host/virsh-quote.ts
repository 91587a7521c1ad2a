// Quoting for virsh's interactive mode, where a command line passes two parsers:
//   1. GNU readline (virsh reads stdin through it even without a tty): control characters are
//      editing keys (newline ends the line, tab completes, ^A moves the cursor...). Prefixing each
//      with ^V (quoted-insert) makes readline insert it literally.
//   2. virsh's own tokenizer (vshCommandStringGetArg): inside single quotes every character is
//      literal, including `;`, `"`, `\`, `#`, `$(...)` and newlines; a single quote itself is
//      written as '\'' exactly as in a POSIX shell.
// Any argument that is not a plain word is quoted, so no value can end a token, a command or
// the line.

const QUOTED_INSERT = '\x16';

// Words that virsh's tokenizer passes through unchanged (no quote, escape, separator, comment
// or control character); they are sent bare to keep lines short: readline reads stdin one byte
// per system call, so every character costs.
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** The argument as one virsh token, with readline's editing keys neutralised. */
export function quoteVirshArg(arg: string): string {
  if (arg.includes('\0')) throw new Error('a virsh argument cannot contain a NUL character');
  if (PLAIN.test(arg)) return arg;
  const token = `'${arg.replace(/'/g, `'\\''`)}'`;
  return token.replace(/[\x00-\x1f\x7f]/g, (c) => QUOTED_INSERT + c);
}

/** One interactive-mode virsh command (no trailing newline). */
export function toVirshCommandLine(args: readonly string[]): string {
  if (args.length === 0) throw new Error('empty virsh command');
  return args.map(quoteVirshArg).join(' ');
}
