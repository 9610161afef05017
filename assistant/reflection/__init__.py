"""The reflection itself: exercise definitions, sorting answers, wording, read-back, the phrase and
its quality check. Plain Python, no Rasa import."""
