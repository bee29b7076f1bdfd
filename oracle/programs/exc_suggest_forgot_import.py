# "Did you forget to import" for standard library module names, with and
# without a close name to suggest.
def area(r):
    return math.pi * r * r
try:
    area(2)
except NameError as e:
    print(e.name, e)
json = None
print(random.random())
