"""Quality measures against gold annotations: pure scoring, no NLP and no I/O beyond reading the files."""
