# Sourced by test.sh: the Azurite Blob emulator on 127.0.0.1 for the Blob source tests.
# Installs Azurite from npm into a cache folder when missing (3.35 is the last release that runs on Node 20; later
# ones need Node 22), starts only its Blob service on a free port with its data in a temporary folder, and exports
# KEEPAGE_TEST_AZURITE_BLOB as a connection string for the emulator's well-known development account.
# shellcheck shell=bash

KEEPAGE_AZURITE_VERSION="3.35.0"
KEEPAGE_AZURITE_PREFIX="${KEEPAGE_AZURITE_PREFIX:-$HOME/.cache/keepage-azurite}"

keepage_azurite_install() {
  local bin="$KEEPAGE_AZURITE_PREFIX/node_modules/.bin/azurite-blob"
  [ -x "$bin" ] && return 0
  if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "azurite: Node.js and npm are needed (apt-get install nodejs npm)" >&2
      return 1
    fi
    echo "azurite: installing Node.js" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq nodejs npm >/dev/null || return 1
  fi
  echo "azurite: installing azurite@$KEEPAGE_AZURITE_VERSION" >&2
  npm install --prefix "$KEEPAGE_AZURITE_PREFIX" "azurite@$KEEPAGE_AZURITE_VERSION" --no-audit --no-fund --silent >/dev/null 2>&1 \
    || { echo "azurite: npm install failed" >&2; return 1; }
  [ -x "$bin" ]
}

keepage_azurite_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

keepage_azurite_start() {
  local dir port attempt pid waited
  keepage_azurite_install || return 1
  dir="$(mktemp -d "${TMPDIR:-/tmp}/keepage-azurite.XXXXXX")" || return 1
  # A port can be taken between the check and the start; try a few.
  for attempt in 1 2 3 4 5; do
    port=$(( 20000 + (RANDOM % 20000) ))
    keepage_azurite_port_open "$port" && continue
    "$KEEPAGE_AZURITE_PREFIX/node_modules/.bin/azurite-blob" --location "$dir" --blobHost 127.0.0.1 --blobPort "$port" \
      --skipApiVersionCheck --loose --silent >"$dir/azurite.log" 2>&1 &
    pid=$!
    for waited in $(seq 1 60); do
      keepage_azurite_port_open "$port" && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if keepage_azurite_port_open "$port"; then
      break
    fi
    kill "$pid" 2>/dev/null
    pid=""
  done
  [ -n "$pid" ] || { echo "azurite: the Blob service did not start:" >&2; tail -n 20 "$dir/azurite.log" >&2; rm -rf "$dir"; return 1; }
  cleanup_steps+=("kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf '$dir'")

  # The emulator's published development account and key (not a secret): https://learn.microsoft.com/azure/storage/common/storage-use-azurite
  export KEEPAGE_TEST_AZURITE_BLOB="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
  echo "azurite: Blob service $KEEPAGE_AZURITE_VERSION on 127.0.0.1:$port" >&2
}

keepage_azurite_start
