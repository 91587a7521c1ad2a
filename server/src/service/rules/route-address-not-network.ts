import { children } from '../xml';
import { bitsOf, formatAddress, fromBigInt, maskBits, toBigInt } from '../ip';
import type { QuickFix, Rule } from '../rule';
import { fix, routeDef } from './devices-support';
import { replaceValue } from './fix-edits';

export const routeAddressNotNetwork: Rule = {
  id: 'route-address-not-network',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-13'],
  description: "A <route> address must be a network address (no host bits set); without prefix or netmask the prefix is 0.",
  elements: ['route'],
  check({ root, facts, report }) {
    for (const route of children(root, 'route')) {
      const def = routeDef(route);
      if (!def || !def.attributes.address) continue;
      const value = toBigInt(def.address.addr);
      const mask = def.netmask ? toBigInt(def.netmask.addr) : maskBits(def.prefix, def.family);
      const network = value & mask;
      if (network === value) continue;
      const networkText = formatAddress(fromBigInt(network, def.family));
      const noPrefix = !def.netmask && !def.attributes.prefix;
      const fixes: QuickFix[] = noPrefix ? [] : [fix(`Change to '${networkText}'`, replaceValue(def.attributes.address, networkText))];
      report(
        def.attributes.address,
        `${facts.name}: Address '${def.attributes.address.value}' in route definition is not a network address`,
        noPrefix
          ? `without prefix= or netmask= the route is a /0 (default route) and its address must be ${def.family === 'ipv4' ? '0.0.0.0' : '::'}; add prefix='N' for the destination network`
          : `with ${def.netmask ? `netmask ${def.netmask.text}` : `prefix ${def.prefix}`} the network address is ${networkText} (of ${bitsOf(def.family)} bits, the host part must be zero)`,
        fixes,
      );
    }
  },
};
