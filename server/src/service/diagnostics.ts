import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatMessage, type Problem } from './validate';

const LSP_SEVERITY: Record<Problem['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'libvirt';

export function toDiagnostic(document: TextDocument, problem: Problem): Diagnostic {
  const diagnostic = Diagnostic.create(
    { start: document.positionAt(problem.range.start), end: document.positionAt(problem.range.end) },
    formatMessage(problem),
    LSP_SEVERITY[problem.severity],
    problem.code,
    DIAGNOSTIC_SOURCE,
  );
  return diagnostic;
}
