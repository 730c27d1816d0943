# Counter 계산: 가방 속 과일
from collections import Counter

mine = Counter(apple=3, pear=1, kiwi=2)
yours = Counter(apple=1, pear=2, plum=1)
print(mine + yours)
print(mine - yours)
print(yours - mine)
print(mine | yours)
print(mine & yours)

basket = Counter("aab")
basket.update("abc")
print(basket)
basket.update({"a": 10})
print(basket)
basket.subtract("aaaaaaaaaaaaaaa")
print(basket)
print(+basket, -basket)
basket["z"] += 4
del basket["b"]
del basket["not there"]
print(basket)

print(Counter("ab") == Counter("ba"), Counter(a=1, z=0) == Counter(a=1))
print(Counter("aab") <= Counter("aabb"), Counter("ab") < Counter("ab"))
print(Counter(a=2) == {"a": 2})
c = Counter(a=5)
c += Counter(a=-2, b=1)
print(c)
c -= Counter(b=3)
print(c)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
