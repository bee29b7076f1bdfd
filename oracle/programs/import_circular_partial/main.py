import alpha
print(alpha.value, alpha.beta.value)
import gamma
