"""Speech to text: the recognizer interface, its backends (Vosk, pocketsphinx) and model download."""
