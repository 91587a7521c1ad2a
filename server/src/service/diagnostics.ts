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

/** Data attached to each diagnostic so code actions can offer the rule's fixes without re-validating. */
export interface DiagnosticData {
  fixes?: { title: string; edits: { range: { start: number; end: number }; newText: string }[] }[];
}

export function toDiagnostic(document: TextDocument, problem: Problem): Diagnostic {
  const diagnostic = Diagnostic.create(
    { start: document.positionAt(problem.range.start), end: document.positionAt(problem.range.end) },
    formatMessage(problem),
    LSP_SEVERITY[problem.severity],
    problem.code,
    DIAGNOSTIC_SOURCE,
  );
  if (problem.fixes?.length) diagnostic.data = { fixes: problem.fixes } satisfies DiagnosticData;
  return diagnostic;
}
