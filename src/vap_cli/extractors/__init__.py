"""Stage 4: one module per extractor. Each exposes `extract(ctx)` and fills its
field of the Context; pipeline.py calls them in a fixed order."""
