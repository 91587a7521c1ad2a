#!/usr/bin/env bash
# Installs the Debian packages the tests need: a real libvirt (daemon, virsh, dnsmasq, firewall
# tools) for the integration tests, xmllint for the schema comparison, Chromium for the real
# VS Code (code-server) tests. Run as root (CI is root) or with sudo.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  libvirt-daemon-system libvirt-clients dnsmasq-base iptables libxml2-utils iproute2 util-linux procps chromium ripgrep \
  >/dev/null
echo "test dependencies installed: $(virsh --version 2>/dev/null | sed 's/^/virsh /'), $(xmllint --version 2>&1 | head -1)"
