# 문구점 영수증: 이름은 왼쪽, 값은 오른쪽에 맞추고 가격은 소수점 둘째 자리까지
items = [("pencil", 3, 0.5), ("notebook", 2, 2.25), ("eraser", 1, 0.99), ("crayons", 1, 4.5)]
print("{:<10}{:>5}{:>10}".format("item", "qty", "price"))
print("-" * 25)
total = 0
for name, qty, price in items:
    cost = qty * price
    total += cost
    print("{:<10}{:>5}{:>10.2f}".format(name, qty, cost))
print("-" * 25)
print("{:<15}{:>10.2f}".format("total", total))
print("{:<15}{:>10.2f}".format("tax 10%", total * 0.1))
print("{:<15}{:>10.2f}".format("to pay", total * 1.1))
print("{:*^25}".format(" thank you "))
print(format(1.005, ".2f"), format(2.675, ".2f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(3, ".2f"), format(-1.5, "8.2f"), format(12.0, "+.1f"))
