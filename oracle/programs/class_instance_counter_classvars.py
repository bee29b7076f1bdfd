class Item:
    created = 0
    tags = []
    def __init__(self, name):
        Item.created += 1
        self.name = name
        self.id = Item.created
    def tag(self, t):
        self.tags.append(t)

a, b = Item("a"), Item("b")
a.tag("shared!")
print(Item.created, a.id, b.id, b.tags, a.tags is b.tags)
b.tags = ["own"]
print(a.tags, b.tags, Item.tags)
print(getattr(Item, "created"), vars(a))
setattr(Item, "created", 0)
print(Item.created, a.created)
