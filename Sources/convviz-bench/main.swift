import ConvMath
print("benchmarks: not built yet")
