from layer1 import entry
entry([3, 2, 0])
