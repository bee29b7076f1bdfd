import beta
value = "alpha" + beta.value
