# operator 모듈: 연산자를 함수로
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(5, 1), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8))
print(operator.neg(3), operator.pos(-3), operator.abs(-4), operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.contains([1, 2], 2), operator.getitem('abc', 1), operator.concat([1], [2]), operator.index(7))
d = {'a': 1}; operator.setitem(d, 'b', 2); operator.delitem(d, 'a'); print(d)
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.inv(0), operator.lshift(1, 4), operator.rshift(32, 2))
l = [1]; print(operator.iadd(l, [2]), l, operator.iadd(3, 4), operator.imul('a', 3), operator.is_(None, None), operator.is_not(1, None))
students = [('Mina', 90, 12), ('Jun', 85, 11), ('Ara', 90, 10)]
print(sorted(students, key=itemgetter(1, 0)), itemgetter(0)(students[0]), itemgetter(0, 2)(students[1]))
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('a.b', 'c'), methodcaller('f', 1, k=2))
class Pet:
    def __init__(self, name, owner=None): self.name = name; self.owner = owner
    def greet(self, word): return word + ' ' + self.name
p = Pet('Nabi', Pet('Mina'))
print(attrgetter('name')(p), attrgetter('owner.name')(p), attrgetter('name', 'owner.name')(p), methodcaller('greet', 'hi')(p), methodcaller('upper')('abc'))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
for f in [lambda: operator.index(1.5), lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: operator.concat(1, 2), lambda: operator.add(1, 'a'), lambda: itemgetter(5)([1]), lambda: attrgetter('zz')(p)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.length_hint([1, 2]))
