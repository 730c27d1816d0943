# 최대공약수와 최소공배수: 분수 약분하기
import math

print(math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 9), math.gcd(-24, 36))
print(math.gcd(12, 18, 30), math.gcd(), math.gcd(7))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 4), math.lcm(-4, 6))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 40, 3 ** 20))

for num, den in [(6, 8), (15, 25), (100, 75), (17, 51)]:
    g = math.gcd(num, den)
    print(f"{num}/{den} = {num // g}/{den // g}")

# 두 버스가 다시 함께 출발하는 시간
print("버스:", math.lcm(12, 15, 20), "분 뒤")
math.gcd(1.5, 3)
