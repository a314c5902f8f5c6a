#!/usr/bin/env bash
# Anonymiser benchmark: Candour vs Microsoft Presidio on the labelled corpus.
#   bash bench/anonymiser/run.sh [run.py options, e.g. --corpus PATH --only presidio --typed]
# Creates (once) a separate venv .venv-bench in the repo root with Presidio and
# spaCy's small English model, pinned in requirements-presidio.txt. Candour is run and
# timed as production installs it: compiled with mypyc (`make compiled`, build/compiled,
# rebuilt when the anonymiser changes). `--source` runs and times the source tree instead.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="$repo/.venv-bench"
req="$here/requirements-presidio.txt"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$req" | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$req"
    echo "$want" > "$stamp"
fi
cd "$repo"
# regenerate the corpora only if missing (they are committed; generation is deterministic)
[ -f "$here/corpus/dev.jsonl" ] || python3 "$here/make_corpus.py"
[ -f "$here/corpus/dev_handwritten.jsonl" ] || python3 "$here/make_handwritten.py"
build="$repo/build/compiled"
args=()
for a in "$@"; do
    if [ "$a" = "--source" ]; then build="$repo"; else args+=("$a"); fi
done
if [ "$build" != "$repo" ]; then
    make -C "$repo" --no-print-directory compiled
fi
PYTHONPATH="$repo${PYTHONPATH:+:$PYTHONPATH}" exec "$venv/bin/python" "$here/run.py" \
    --candour-build "$build" ${args[@]+"${args[@]}"}
