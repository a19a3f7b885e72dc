#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL on 127.0.0.1:5432 and creates an empty
# database for the integration tests. Usage: .ci/postgres.sh DBNAME USER PASSWORD
set -euo pipefail
db=${1:-symbolon_it}
user=${2:-symbolon}
password=${3:-symbolon}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
if [ -z "$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main"')" ]; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -c \"$1\""; }
psql_admin "DROP DATABASE IF EXISTS $db"
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='$user'\"" | grep -q 1; then
  psql_admin "CREATE ROLE $user LOGIN PASSWORD '$password'"
fi
psql_admin "CREATE DATABASE $db OWNER $user"
echo "PostgreSQL $version ready: jdbc:postgresql://127.0.0.1:5432/$db (user $user)"
