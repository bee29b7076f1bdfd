doc = """never closed
more text
