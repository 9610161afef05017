"""Audio sources: the microphone and WAV files, both as one stream of 16 kHz mono chunks."""
