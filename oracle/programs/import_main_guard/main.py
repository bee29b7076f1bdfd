import tool
print("main:", __name__, tool.__name__)
if __name__ == "__main__":
    print("running as script")
    print(tool.run())
