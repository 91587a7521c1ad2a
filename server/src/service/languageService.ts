import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { validateText, type SeveritySetting, type ValidationResult } from './validate';
import { toDiagnostic } from './diagnostics';
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
  doValidation(document: TextDocument, settings?: LanguageSettings): Diagnostic[];
}

export function getLanguageService(params: LanguageServiceParams = {}): LanguageService {
  const validate = (document: TextDocument, settings: LanguageSettings = {}): ValidationResult =>
    validateText(document.getText(), { severities: settings.severities, host: params.getHostFacts?.() });
  return {
    validate,
    doValidation(document, settings) {
      const result = validate(document, settings);
      return result.problems.map((p) => toDiagnostic(document, p));
    },
  };
}
