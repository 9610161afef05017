"""The Rasa model is retrained only when config, domain or data change."""

import shutil

from assistant.dialogue.training import fingerprint, model_for, train_if_needed
from tests.conftest import ROOT


def copy_project(tmp_path):
    project = tmp_path / "rasa_project"
    shutil.copytree(ROOT / "rasa_project", project, ignore=shutil.ignore_patterns("__pycache__", ".rasa", "results"))
    return project


def test_fingerprint_follows_data_domain_and_config_but_not_actions_or_tests(tmp_path):
    project = copy_project(tmp_path)
    before = fingerprint(project)
    (project / "actions" / "commands.py").write_text("# changed\n")
    (project / "tests" / "test_stories.yml").write_text("# changed\n")
    assert fingerprint(project) == before
    for changed in ("data/nlu.yml", "domain.yml", "config.yml"):
        with open(project / changed, "a") as f:
            f.write("\n# changed\n")
        assert fingerprint(project) != before
        before = fingerprint(project)


def test_fingerprint_follows_the_nlu_code_the_classifier_is_trained_on(tmp_path):
    project = copy_project(tmp_path)
    nlu = tmp_path / "nlu"
    shutil.copytree(ROOT / "assistant" / "nlu", nlu, ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint(project, nlu)
    assert fingerprint(project) == before  # the copy hashes like the original
    with open(nlu / "embedder.py", "a") as f:
        f.write("\n# changed\n")
    assert fingerprint(project, nlu) != before
    with open(nlu / "embedder.py", "w") as f:
        f.write((ROOT / "assistant" / "nlu" / "embedder.py").read_text())
    assert fingerprint(project, nlu) == before


def test_an_up_to_date_model_is_not_trained_again(tmp_path, capsys):
    project = copy_project(tmp_path)
    models = tmp_path / "models"
    models.mkdir()
    model_for(project, models).write_bytes(b"trained earlier")
    assert train_if_needed(project, models) == model_for(project, models)
    assert "up to date" in capsys.readouterr().out
