def compute():
    result_value = 5
    return reslut_value * 2

try:
    compute()
except NameError as e:
    print(e.name)
number_of_items = 3
print(numbr_of_items)
