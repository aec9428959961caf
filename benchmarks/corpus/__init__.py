"""The pieces of the synthetic national corpus; `benchmarks/make_corpus.py` is the entry point."""
