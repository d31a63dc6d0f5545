# Sourced by test.sh: a throw-away PostgreSQL server on 127.0.0.1 for the PostgreSQL store tests.
# Installs the Debian server package when missing, runs initdb on a temporary folder (as the postgres user: the
# server refuses to run as root), starts it on a free port with its socket in that folder, creates a database owned
# by a login role with a password, and exports KEEPAGE_TEST_POSTGRES as an Npgsql connection string.
# shellcheck shell=bash

keepage_pg_bin() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$bin" ] && [ -x "$bin/initdb" ] && echo "$bin"
}

keepage_pg_install() {
  [ -n "$(keepage_pg_bin)" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "postgres: the PostgreSQL server is not installed and installing it needs root (apt-get install postgresql-15)" >&2
    return 1
  fi
  echo "postgres: installing the PostgreSQL server" >&2
  # Only the binaries are wanted: the package must not create and start its own cluster on port 5432.
  if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || return 1
  apt-get install -y -qq postgresql-15 >/dev/null 2>&1 || apt-get install -y -qq postgresql >/dev/null || return 1
  [ -n "$(keepage_pg_bin)" ]
}

keepage_pg_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

keepage_pg_start() {
  local bin dir as_pg port attempt password
  keepage_pg_install || return 1
  bin="$(keepage_pg_bin)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/keepage-postgres.XXXXXX")" || return 1
  as_pg=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir" || return 1
    as_pg=(runuser -u postgres --)
  fi
  cleanup_steps+=("${as_pg[*]} '$bin/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null 2>&1; rm -rf '$dir'")

  "${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
    || { echo "postgres: initdb failed:" >&2; cat "$dir/initdb.log" >&2; return 1; }

  # A port can be taken between the check and the start; try a few.
  for attempt in 1 2 3 4 5; do
    port=$(( 20000 + (RANDOM % 20000) ))
    keepage_pg_port_free "$port" || continue
    # fsync off: a test server's data need not survive a crash, and the suite runs faster.
    if "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
      break
    fi
    port=""
  done
  [ -n "$port" ] || { echo "postgres: the server did not start:" >&2; tail -n 20 "$dir/server.log" >&2; return 1; }

  password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  "${as_pg[@]}" "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE keepage LOGIN PASSWORD '$password';" \
    -c "CREATE DATABASE keepage_test OWNER keepage;" >/dev/null \
    || { echo "postgres: could not create the test database" >&2; return 1; }

  export KEEPAGE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=keepage_test;Username=keepage;Password=$password"
  echo "postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

keepage_pg_start
