"""Text to speech: replies spoken aloud or written to WAV files."""
