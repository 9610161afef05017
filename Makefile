# One-word commands. `make run` and `make test` set everything up on first use.
SHELL := /bin/bash
PY := .venv/bin/python
RASA := cd rasa_project && ../.venv/bin/rasa
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3

.PHONY: run test setup setup-test train models audio bench validate rasa-test pytest nlu-report clean

run: setup
	@if $(PY) -c 'from assistant.audio.microphone import input_devices; exit(0 if input_devices() else 1)' 2>/dev/null; then \
		$(PY) -m assistant run $(ARGS); \
	else \
		echo "No microphone found: playing the demo reflection instead."; \
		$(PY) -m assistant demo $(ARGS); \
	fi

test: setup-test validate rasa-test pytest

setup:
	@bash scripts/setup.sh

setup-test:
	@bash scripts/setup.sh --test

train:
	@$(PY) -m assistant.dialogue.training

models:
	@rm -f models/.vosk-download-tried
	$(PY) -m assistant models download

validate:
	$(RASA) data validate --quiet

rasa-test:
	@model=$$($(PY) -c 'from assistant.dialogue.training import model_for; print(model_for())') && test -f "$$model" && \
	$(RASA) test core --stories tests/stories --model "../$$model" --out ../results/rasa --fail-on-prediction-errors --quiet

pytest:
	$(PY) -m pytest -q

nlu-report: setup-test
	$(RASA) test nlu --nlu data/nlu.yml --cross-validation --folds 3 --out ../results/nlu-cv --quiet
	$(PY) scripts/nlu_report.py results/nlu-cv/intent_report.json

audio: setup-test
	$(PY) scripts/make_audio.py

bench: setup-test
	$(PY) scripts/bench.py

clean:
	rm -rf results out .pytest_cache
