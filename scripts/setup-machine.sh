#!/usr/bin/env bash
# Installs the system tools the tests use (Debian): chromium for the task-pane end-to-end tests,
# xmllint for the manifest, LibreOffice and openpyxl as independent readers of the templates.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "machine ready: chromium $(command -v chromium), xmllint, soffice, openpyxl"
