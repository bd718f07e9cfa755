print("liaison-bench: no benchmarks yet")
