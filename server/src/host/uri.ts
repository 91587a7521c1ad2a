// What a connection URI says about where its networks live.

/**
 * True when the connection's networks are this machine's: no remote host or transport, and a
 * real driver (the test driver's bridges are imaginary). Only then do `ip link` and /proc say
 * anything about them.
 */
export function isLocalHostUri(uri: string): boolean {
  const m = /^([a-z0-9-]+)(\+([a-z0-9-]+))?:\/\/([^/?]*)/i.exec(uri);
  if (!m) return false;
  const [, driver, , transport, host] = m;
  if (driver === 'test') return false;
  if (transport !== undefined && transport !== 'unix') return false;
  return host === '' || host === 'localhost';
}
