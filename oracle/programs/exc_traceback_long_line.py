first_value, second_value, third_value = 10, 20, None
result = first_value * 2 + second_value * 3 + (third_value or 0) + first_value / (second_value - 20) + 1
