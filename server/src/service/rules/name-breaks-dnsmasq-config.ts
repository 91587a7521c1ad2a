import { child } from '../xml';
import type { Rule } from '../rule';
import { dnsmasqRuns } from './network-runtime';

/** dnsmasq's config reader starts a comment at a '#' that follows white space. */
const COMMENT_START = /[ \t\r\f\v]#/;

/**
 * The network name goes into dnsmasq's config file unquoted, e.g. in
 * `pid-file=/run/libvirt/network/<name>.pid`. dnsmasq reads a '#' after white space as the start
 * of a comment, so it writes its pid file elsewhere, libvirt never finds it, and net-start fails
 * with no explanation (verified on 9.0: "lab #1" fails whenever dnsmasq runs; "#1", "a#1" and a
 * name without dnsmasq start).
 */
export const nameBreaksDnsmasqConfig: Rule = {
  id: 'name-breaks-dnsmasq-config',
  severity: 'error',
  layer: 'start',
  spec: ['S-18', '§6.26'],
  description: "A network name with ' #' (white space, then '#') breaks dnsmasq's config file and net-start fails.",
  elements: ['ip'],
  check({ root, facts, report }) {
    if (!COMMENT_START.test(facts.name) || !dnsmasqRuns(root, facts)) return;
    const name = child(root, 'name');
    if (!name) return;
    report(
      name.textRange.end > name.textRange.start ? name.textRange : name,
      'An error occurred, but the cause is unknown',
      "libvirt writes the name unquoted into dnsmasq's config (pid-file=/run/libvirt/network/<name>.pid), and dnsmasq reads ' #' as the start of a comment, so the pid file is not where libvirt waits for it: drop the '#' or the white space before it",
    );
  },
};
