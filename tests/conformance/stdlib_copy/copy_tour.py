# copy와 deepcopy: 얕은 복사와 깊은 복사
import copy
a = [[1, 2], [3, 4]]
b = copy.copy(a); c = copy.deepcopy(a)
a[0].append(99)
print(a, b, c, b[0] is a[0], c[0] is a[0])
d = {'k': [1], 't': (1, [2])}; e = copy.deepcopy(d); e['t'][1].append(3); print(d, e)
t = (1, 2, 'x'); print(copy.deepcopy(t) is t, copy.copy(t) is t)
s = {1, 2}; print(copy.copy(s), copy.copy(s) is s)
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc, cc[1] is cc, cc is cyc)
shared = [0]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1], pc[0] is shared)
class Pet:
    def __init__(self, name, toys):
        print('init', name)
        self.name = name; self.toys = toys
    def __repr__(self): return 'Pet(%r, %r)' % (self.name, self.toys)
p = Pet('nabi', ['ball'])
p2 = copy.copy(p); p3 = copy.deepcopy(p)
p.toys.append('mouse'); p2.name = 'copy'
print(p, p2, p3, p2.toys is p.toys, p3.toys is p.toys, type(p3).__name__)
class Box:
    def __init__(self, v): self.v = v
    def __copy__(self): print('my copy'); return Box(self.v)
    def __deepcopy__(self, memo): print('my deepcopy'); return Box(copy.deepcopy(self.v, memo))
bx = Box([1]); print(copy.copy(bx).v, copy.deepcopy(bx).v is bx.v)
class Node:
    def __init__(self, v): self.v = v; self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1); print(m1.v, m1.next.v, m1.next.next is m1, m1 is n1)
def f(): pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(len) is len, copy.copy(int) is int)
from collections import Counter, deque, namedtuple, defaultdict
cn = Counter('aab'); cn2 = copy.copy(cn); cn2['a'] += 5; print(cn, cn2)
dq = deque([[1]], maxlen=3); dq2 = copy.deepcopy(dq); dq2[0].append(2); print(dq, dq2)
P = namedtuple('P', 'x y'); pp = P([1], 2); pd = copy.deepcopy(pp); pd.x.append(5); print(pp, pd, copy.copy(pp))
dd = defaultdict(list, {'a': [1]}); dd2 = copy.deepcopy(dd); dd2['a'].append(2); dd2['b']; print(dd, dd2)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y, id(x) in memo)
