inventory = {"apples": 3, "pears": 0}

def take(item, n):
    inventory[item] -= n
    return inventory[item]

print(take("apples", 1))
print(take("bananas", 1))
