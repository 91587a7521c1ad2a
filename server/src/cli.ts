import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateText, formatMessage, type SeveritySetting } from './service/validate';
import { OptimizerPolicy } from './optimizer-policy';

/** libvirt-net-check: the language server's rules, headless, for CI pipelines. */

const USAGE = `usage: libvirt-net-check [--json] [--rule ID=SEVERITY]... FILE...

Checks libvirt network XML definitions (what 'virsh net-define' takes) for everything libvirt
would reject at define time or at net-start, and for mistakes libvirt never checks.

  --json               print one JSON document instead of file:line:col lines
  --rule ID=SEVERITY   override a rule's severity (error, warning, information, hint, off)
  -h, --help           show this help

Exit status: 0 no errors, 1 at least one error, 2 usage error or unreadable file.`;

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

interface Options {
  json: boolean;
  files: string[];
  severities: Record<string, SeveritySetting>;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' {
  const options: Options = { json: false, files: [], severities: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--json') options.json = true;
    else if (arg === '--rule' || arg.startsWith('--rule=')) {
      const spec = arg === '--rule' ? argv[++i] : arg.slice('--rule='.length);
      const m = spec ? /^([a-z0-9-]+)=([a-z]+)$/.exec(spec) : null;
      if (!m || !SEVERITIES.includes(m[2])) throw new UsageError(`--rule expects ID=SEVERITY with SEVERITY one of ${SEVERITIES.join(', ')}`);
      options.severities[m[1]] = m[2] as SeveritySetting;
    } else if (arg === '--') options.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no FILE given');
  return options;
}

interface FileReport {
  file: string;
  diagnostics: {
    code: string;
    severity: string;
    message: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
}

function checkFile(file: string, options: Options, optimizer?: OptimizerPolicy): FileReport {
  const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  optimizer?.beforeChecking(text.length);
  const document = TextDocument.create(file, 'xml', 1, text);
  const { problems } = validateText(text, { severities: options.severities });
  return {
    file,
    diagnostics: problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      message: formatMessage(p),
      range: { start: document.positionAt(p.range.start), end: document.positionAt(p.range.end) },
    })),
  };
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void, optimizer?: OptimizerPolicy): number {
  let options: Options | 'help';
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`libvirt-net-check: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    out(USAGE);
    return 0;
  }
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const file of options.files) {
    try {
      reports.push(checkFile(file, options, optimizer));
    } catch (e) {
      unreadable = true;
      const reason = e instanceof Error && 'code' in e ? describeFsError(e as NodeJS.ErrnoException) : String(e);
      err(`libvirt-net-check: cannot read ${file}: ${reason}`);
    }
  }
  if (options.json) out(JSON.stringify({ files: reports }));
  else
    for (const r of reports)
      for (const d of r.diagnostics) out(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${d.message.replace(/\s*\n\s*/g, ' ')} [${d.code}]`);
  if (unreadable) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function describeFsError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e.message;
  }
}

export function run(): void {
  const lines: string[] = [];
  const optimizer = new OptimizerPolicy();
  optimizer.holdForShortRun();
  const code = main(process.argv.slice(2), (s) => lines.push(s), (s) => process.stderr.write(s + '\n'), optimizer);
  process.exitCode = code;
  // Exit once the report is written: a natural exit first waits for V8 to finish optimising code
  // that will never run again (about 10 ms of a CI run).
  process.stdout.write(lines.length ? lines.join('\n') + '\n' : '', () => process.exit());
}

/** For benchmarks: the same validation the CLI runs, in-process. */
export { validateText } from './service/validate';
