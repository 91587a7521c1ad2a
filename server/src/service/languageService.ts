import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, DocumentSymbol, Hover, Position } from 'vscode-languageserver-types';
import { doComplete } from './complete';
import { doHover } from './hover';
import { findDocumentSymbols } from './symbols';
import { validateText, type SeveritySetting, type ValidationResult } from './validate';
import type { HostFacts } from './host-facts';

/**
 * The pure language service: TextDocument in, LSP types out. Host facts come in through
 * `getHostFacts`, so tests hand it plain data and the CLI hands it nothing.
 */
export interface LanguageServiceParams {
  getHostFacts?: () => HostFacts;
}

export interface LanguageSettings {
  severities?: Readonly<Record<string, SeveritySetting>>;
}

export interface LanguageService {
  validate(document: TextDocument, settings?: LanguageSettings): ValidationResult;
  /** Completion at `position`; `triggerCharacter` narrows it to what that character starts. */
  doComplete(document: TextDocument, position: Position, triggerCharacter?: string): CompletionList;
  doHover(document: TextDocument, position: Position): Hover | null;
  findDocumentSymbols(document: TextDocument): DocumentSymbol[];
}

/** Validations kept for reuse: code actions ask again about the version diagnostics just judged. */
const REMEMBERED_VALIDATIONS = 8;

interface RememberedValidation {
  uri: string;
  version: number;
  severities: LanguageSettings['severities'];
  host: HostFacts | undefined;
  result: ValidationResult;
}

export function getLanguageService(params: LanguageServiceParams = {}): LanguageService {
  const remembered: RememberedValidation[] = [];
  const validate = (document: TextDocument, settings: LanguageSettings = {}): ValidationResult => {
    const host = params.getHostFacts?.();
    const same = (r: RememberedValidation) => r.uri === document.uri && r.version === document.version && r.severities === settings.severities && r.host === host;
    const known = remembered.find(same);
    if (known) return known.result;
    const result = validateText(document.getText(), { severities: settings.severities, host });
    remembered.unshift({ uri: document.uri, version: document.version, severities: settings.severities, host, result });
    remembered.length = Math.min(remembered.length, REMEMBERED_VALIDATIONS);
    return result;
  };
  return {
    validate,
    doComplete(document, position, triggerCharacter) {
      return doComplete(document, position, { triggerCharacter, host: params.getHostFacts?.() });
    },
    doHover,
    findDocumentSymbols,
  };
}
