#!/usr/bin/env bash
# Installs and starts the real services the test suite uses: PostgreSQL, Redis, Chromium, tshark,
# poppler (pdftoppm). Idempotent: safe to run on a machine that already has them.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
command -v chromium >/dev/null || need+=(chromium)
command -v tshark >/dev/null || need+=(tshark)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections || true
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# PostgreSQL: the Debian cluster on 127.0.0.1:5432, a 'pz' superuser for tests.
ver=$(ls /usr/lib/postgresql | sort -V | tail -n1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q . || pg_createcluster "$ver" main >/dev/null
  pg_ctlcluster "$ver" main start
fi
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='pz'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE pz LOGIN SUPERUSER PASSWORD 'pz'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='pz_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O pz pz_test"

# Redis on loopback.
redis-cli -p 6379 ping >/dev/null 2>&1 || redis-server --port 6379 --bind 127.0.0.1 --daemonize yes --save '' --appendonly no >/dev/null

echo "services: postgresql $ver, redis $(redis-server --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -1), tshark $(tshark --version 2>/dev/null | head -1 | awk '{print $3}')"
