#!/usr/bin/env bash
# Installs what is missing, builds Guichet, creates a demo SQLite database (once) and opens the
# desk on it. Idempotent: the demo database is kept in build/demo/ and reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BUILD=${GUICHET_BUILD_DIR:-$ROOT/build}
DEMO_DIR="$BUILD/demo"
DEMO_DB="$DEMO_DIR/guichet-demo.sqlite"
ACCOUNTS=${GUICHET_DEMO_ACCOUNTS:-20000}

bash resources/scripts/install-deps.sh

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" --parallel --target guichet guichetctl

mkdir -p "$DEMO_DIR"
if [ ! -s "$DEMO_DIR/seed.json" ]; then
    rm -f "$DEMO_DB" "$DEMO_DB-wal" "$DEMO_DB-shm"
    "$BUILD/app/guichetctl" --database "sqlite:$DEMO_DB" seed-demo --accounts "$ACCOUNTS" --seed 2026 \
        > "$DEMO_DIR/seed.json.tmp"
    mv "$DEMO_DIR/seed.json.tmp" "$DEMO_DIR/seed.json"
fi
echo "Demo database: $DEMO_DB"
echo "Demo agents (login, role, password):"
python3 - "$DEMO_DIR/seed.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
for agent in report.get("agents", []):
    print(f"  {agent['login']:<12} {agent['role']:<11} {agent['password']}")
PY
exec "$BUILD/app/guichet" --database "sqlite:$DEMO_DB" "$@"
