# f-strings and format specs with subclasses of built-ins
class Num(int): pass
class Real(float): pass
class Text(str): pass
n, r, t = Num(1234567), Real(3.14159), Text('hi')
print(f'{n:,} {n:>10} {n:x} {n:08b}')
print(f'{r:.2f} {r:e} {r:10.1%}')
print(f'{t:*^10} {t!r} {t:5}|')
print('{0} {1:.1f} {2}'.format(n, r, t))
print('%d %5.2f %s %r' % (n, r, t, t))
print(format(n), format(r), format(t))
