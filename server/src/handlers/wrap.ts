import { ResponseError, ErrorCodes, type Connection } from 'vscode-languageserver/node';

/**
 * The one place handler exceptions are turned into a logged ResponseError, so no handler
 * copies a try/catch and one bad document can never take the server down.
 */
export function wrapHandler<P extends unknown[], R>(
  connection: Connection,
  name: string,
  handler: (...params: P) => R | Promise<R>,
): (...params: P) => Promise<R | ResponseError<void>> {
  return async (...params: P) => {
    try {
      return await handler(...params);
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      connection.console.error(`${name} failed: ${detail}`);
      return new ResponseError<void>(ErrorCodes.InternalError, `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
