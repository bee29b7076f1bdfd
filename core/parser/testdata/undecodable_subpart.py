x = ñ€ABC
