#!/usr/bin/env bash
# Starts the Debian PostgreSQL cluster and creates the role and database the store's tests use
# (AMBULO_TEST_POSTGRES_URL/_USER/_PASSWORD override them). Needs root or the postgres account; idempotent.
set -euo pipefail

user=${AMBULO_TEST_POSTGRES_USER:-ambulo}
password=${AMBULO_TEST_POSTGRES_PASSWORD:-ambulo}
database=ambulo_test

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
	version=$(ls /usr/lib/postgresql | sort -V | tail -1)
	pg_createcluster "$version" main >/dev/null
	cluster="$version main"
fi
# shellcheck disable=SC2086
pg_ctlcluster $cluster start 2>/dev/null || true
# shellcheck disable=SC2086
pg_ctlcluster $cluster status >/dev/null

as_postgres() {
	if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}
for _ in $(seq 1 30); do
	as_postgres psql -qtAc "select 1" >/dev/null 2>&1 && break
	sleep 1
done
if [ "$(as_postgres psql -qtAc "select 1 from pg_roles where rolname = '$user'")" != 1 ]; then
	as_postgres psql -qc "create role $user login password '$password'"
fi
if [ "$(as_postgres psql -qtAc "select 1 from pg_database where datname = '$database'")" != 1 ]; then
	as_postgres psql -qc "create database $database owner $user"
fi
echo "PostgreSQL for the store tests: cluster $cluster, database $database, role $user"
