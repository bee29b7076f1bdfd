print('circ_b start')
import circ_a
print('circ_b sees partial circ_a:', hasattr(circ_a, 'A_VALUE'))
B_VALUE = 'b'
