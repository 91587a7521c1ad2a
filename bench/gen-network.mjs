// Generates a NAT network with N static DHCP hosts (a large but realistic definition).
export function networkWithHosts(n) {
  const hosts = [];
  for (let i = 0; i < n; i++) {
    // Unique, valid host addresses from 10.20.0.2 upward (the gateway is 10.20.0.1, the range starts at 10.20.250.1).
    const host = i + 2;
    const ip = `10.20.${host >> 8}.${host & 255}`;
    const mac = `52:54:00:${((i >> 16) & 255).toString(16).padStart(2, '0')}:${((i >> 8) & 255).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`;
    hosts.push(`      <host mac='${mac}' name='guest${i}' ip='${ip}'/>`);
  }
  return `<network>
  <name>big</name>
  <uuid>4d9d6bd4-5f3a-4c2b-9d3e-0a1b2c3d4e5f</uuid>
  <forward mode='nat'/>
  <bridge name='virbr7' stp='on' delay='0'/>
  <mac address='52:54:00:aa:bb:cc'/>
  <ip address='10.20.0.1' prefix='16'>
    <dhcp>
      <range start='10.20.250.1' end='10.20.254.254'/>
${hosts.join('\n')}
    </dhcp>
  </ip>
</network>
`;
}
