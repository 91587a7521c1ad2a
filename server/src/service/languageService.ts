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

export function getLanguageService(params: LanguageServiceParams = {}): LanguageService {
  const validate = (document: TextDocument, settings: LanguageSettings = {}): ValidationResult =>
    validateText(document.getText(), { severities: settings.severities, host: params.getHostFacts?.() });
  return {
    validate,
    doComplete(document, position, triggerCharacter) {
      return doComplete(document, position, { triggerCharacter, host: params.getHostFacts?.() });
    },
    doHover,
    findDocumentSymbols,
  };
}
