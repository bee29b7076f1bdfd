from layer2 import divide_all

def entry(values):
    results = divide_all(12, values)
    print(results)
