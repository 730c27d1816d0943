# A subclass of str is a str with extra methods
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('saessak')
print(n, repr(n), len(n), n.shout())
print(isinstance(n, str), type(n).__name__, type(n).__mro__)
print(n == 'saessak', 'saessak' == n, n < 'z', n[0], n[1:4], n * 2)
print(type(n + '!'), type(n.upper()), type(n[0]), type(n * 2), type(str(n)))
print('ess' in n, n.startswith('sae'), n.split('s'), list(n)[:3])
