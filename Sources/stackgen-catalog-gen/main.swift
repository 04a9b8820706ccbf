print("catalog generator: not built yet")
