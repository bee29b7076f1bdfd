def run():
    return "tool.run"
if __name__ == "__main__":
    print("tool as script: not printed")
else:
    print("tool imported as", __name__)
