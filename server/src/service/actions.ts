import { CodeAction, CodeActionKind, TextEdit, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Problem } from './validate';

/**
 * Quick fixes for the rules' findings at a range. `problems` are this very version's (the language
 * service remembers them from publishing diagnostics), not offsets carried in diagnostic data,
 * which go stale as soon as the user types.
 */
export function quickFixes(document: TextDocument, range: Range, requested: readonly Diagnostic[], problems: readonly Problem[]): CodeAction[] {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const problem of problems) {
    if (!problem.fixes?.length || problem.range.end < start || problem.range.start > end) continue;
    const diagnostic = requested.find((d) => d.code === problem.code && document.offsetAt(d.range.start) === problem.range.start);
    problem.fixes.forEach((fix, i) => {
      const action = CodeAction.create(fix.title, { changes: { [document.uri]: fix.edits.map((e) => TextEdit.replace(toRange(document, e.range), e.newText)) } }, CodeActionKind.QuickFix);
      if (diagnostic) action.diagnostics = [diagnostic];
      if (i === 0 && problem.fixes!.length === 1) action.isPreferred = true;
      actions.push(action);
    });
  }
  return actions;
}

function toRange(document: TextDocument, r: Problem['range']): Range {
  return { start: document.positionAt(r.start), end: document.positionAt(r.end) };
}
