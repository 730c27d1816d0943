# str() of a str subclass ignores its __repr__; str() of an int or float subclass uses it
class Quoted(str):
    def __repr__(self):
        return 'Quoted!'
class Code(int):
    def __repr__(self):
        return f'Code({int(self)})'
class Ratio(float):
    def __repr__(self):
        return 'Ratio~'
q, c, r = Quoted('hi'), Code(7), Ratio(0.5)
print(q, str(q), f'{q}', [q], repr(q))
print(c, str(c), f'{c}', [c], '%s %r %d' % (c, c, c), format(c), format(c, '03d'))
print(r, str(r), f'{r}', f'{r:.2f}', '%s %.1f' % (r, r))
print('%s|%r' % (q, q), '{} {!r}'.format(q, c))
