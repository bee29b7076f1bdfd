a = 5
b = "text"
values = [1, 2, 3]
result = values[0] + a * 2 + b
