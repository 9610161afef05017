"""The Rasa dialogue: the agent loaded in-process, its custom actions run in-process, and training."""
