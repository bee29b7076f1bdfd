import tools
print(tools.calculate_total([1, 2]))
print(tools.calculate_totl([1, 2]))
