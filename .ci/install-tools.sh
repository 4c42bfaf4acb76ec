#!/usr/bin/env bash
# Installs the independent checkers that ScriptGen's tests compare against, when a machine lacks them:
# osslsigncode (Authenticode for .ps1, from Debian) and Microsoft's SARIF multitool (from npm, into .tools/).
# A checker that cannot be installed makes its tests skip with the reason; it never fails the run by itself.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v osslsigncode >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
    $SUDO apt-get update -qq >/dev/null 2>&1 && $SUDO apt-get install -y -qq osslsigncode >/dev/null 2>&1 \
      || echo "install-tools: osslsigncode could not be installed; its cross-checks will be skipped"
  fi
fi

if [ ! -x .tools/node_modules/.bin/sarif-multitool-linux ] && command -v npm >/dev/null 2>&1; then
  npm install --prefix .tools --no-audit --no-fund --silent @microsoft/sarif-multitool-linux >/dev/null 2>&1 \
    || echo "install-tools: the SARIF multitool could not be installed; SARIF validation will be skipped"
fi
exit 0
