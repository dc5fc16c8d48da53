"""The benchmarks tools/benchmark.py runs, one module per measure; common.py holds what they share."""
