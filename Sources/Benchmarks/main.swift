runCoreBenchmark()
