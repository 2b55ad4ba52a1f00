"""Format readers: one module per file format, each turning bytes into text."""
