# str subclasses work as dict keys and set members alongside plain strings
class Key(str):
    pass
d = {Key('a'): 1, 'b': 2}
print(d['a'], d[Key('b')], Key('a') in d)
d['a'] = 10
print(len(d), d)
print({Key('x'), 'x', Key('y')} == {'x', 'y'})
print(hash(Key('x')) == hash('x'))
print(sorted([Key('b'), 'a', Key('c')]))
print(','.join([Key('p'), 'q', Key('r')]))
