# format() and f-strings of complex numbers.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for z in (1+2j, 1.5-2j, 2j, -0j, complex(-0.0, 1), complex(1e20, -1e-7)):
    print(format(z, ''), format(z, '.2f'), format(z, '.3e'), format(z, 'g'), format(z, '>20'), format(z, '<16.1f'), format(z, '^18'), format(z, '+'), format(z, '.3'))
print(f'{1+2j}', f'{1+2j:*^15.2f}', f'{3-4j:+.1f}', f'{2j: .1f}', f'{1234567+1j:,.1f}', f'{1.5+2.5j:#.0f}', f'{1+1j:10}', f'{1+1j:G}', f'{1+1j:#.0e}')
t('zero', lambda: format(1j, '010'))
t('eq', lambda: format(1j, '=10'))
t('code-d', lambda: format(1j, 'd'))
t('code-pct', lambda: format(1j, '%'))
