"""Train the Rasa model only when the project's config, domain or data changed.

Run as ``python -m assistant.dialogue.training``. The model file is named after a fingerprint of
those files, so the assistant loads exactly the model that matches the project.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path("rasa_project")
MODELS_DIR = Path("models/rasa")
KEEP = 3
"""How many trained models to keep."""
NLU_CODE_DIR = Path(__file__).resolve().parent.parent / "nlu"
"""The package's own NLU components: trained (the safety screen, the router) or trained on (the
sentence features), so a change to any of them means retraining."""


def fingerprint(project_dir: Path = PROJECT_DIR, nlu_dir: Path = NLU_CODE_DIR) -> str:
    """A short hash over config.yml, domain.yml, everything under data/ and routing/, and the trained
    components' code."""
    files = [project_dir / "config.yml", project_dir / "domain.yml"]
    files += sorted(p for folder in ("data", "routing") for p in (project_dir / folder).rglob("*") if p.is_file())
    named = [(p.relative_to(project_dir).as_posix(), p) for p in files]
    named += [(f"assistant/nlu/{p.name}", p) for p in sorted(nlu_dir.glob("*.py"))]
    digest = hashlib.sha256()
    for name, path in named:
        digest.update(name.encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def model_for(project_dir: Path = PROJECT_DIR, models_dir: Path = MODELS_DIR) -> Path:
    """Where the model trained from the project as it is now lives."""
    return models_dir / f"reflection-{fingerprint(project_dir)}.tar.gz"


def train_if_needed(project_dir: Path = PROJECT_DIR, models_dir: Path = MODELS_DIR) -> Path:
    """Return the up-to-date model, training it first when it does not exist yet."""
    target = model_for(project_dir, models_dir)
    if target.is_file():
        print(f"Rasa model is up to date: {target}")
        return target
    models_dir.mkdir(parents=True, exist_ok=True)
    print(f"Training the Rasa model (the project changed): {target}", flush=True)
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false")
    command = [
        sys.executable, "-m", "rasa", "train",
        "--config", "config.yml", "--domain", "domain.yml", "--data", "data",
        "--out", str(models_dir.resolve()), "--fixed-model-name", target.name[: -len(".tar.gz")],
    ]
    subprocess.run(command, cwd=project_dir, env=env, check=True)
    for old in sorted(models_dir.glob("reflection-*.tar.gz"), key=lambda p: p.stat().st_mtime)[:-KEEP]:
        old.unlink()
    return target


if __name__ == "__main__":
    try:
        train_if_needed()
    except subprocess.CalledProcessError as error:
        print(f"error: rasa train failed (exit {error.returncode})", file=sys.stderr)
        sys.exit(1)
