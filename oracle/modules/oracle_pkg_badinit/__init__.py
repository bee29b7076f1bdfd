print("init runs first")
raise ValueError("broken package init")
