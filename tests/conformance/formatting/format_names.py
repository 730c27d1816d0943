# str.format: 순서, 번호, 이름
print("{} + {} = {}".format(2, 3, 2 + 3))
print("{0} {1} {0}".format("knock", "who's there?"))
print("{2}{1}{0}".format("a", "b", "c"))
print("Hello, {name}! You are {age}.".format(name="Minji", age=9))
print("{greeting}, {0} and {1}".format("Jisu", "Hana", greeting="Hi"))
print("{0:>{1}}|".format("wide", 8))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9))
print("{:.{digits}f}".format(3.14159265, digits=3))
print("{:{}.{}}".format(2.718281828, 10, 4))
print("{{curly}} {{{}}}".format("inside"))
template = "{who} ate {n} {food}"
print(template.format(who="the cat", n=3, food="fish"))
print(template.format(n=1, food="cake", who="I"))
data = {"x": 10, "y": -4}
print("({x}, {y})".format(**data))
print("{x}/{y}".format_map(data))
print("{}".format("nothing to do"))
