# super()가 매번 같은 다음 클래스로 가는지
class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return Counter.count
class Double(Counter):
    def bump(self):
        super().bump()
        return super().bump()
d = Double()
print(d.bump(), d.bump(), Counter.count)
