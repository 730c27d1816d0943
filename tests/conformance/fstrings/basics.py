name = "민수"
age = 10
print(f"안녕, {name}! 너는 {age}살이구나.")
print(f"{age + 1} next year, {name!r}, {[1, 2]}")
x = 3
print(f"{x=}", f"{x = }", f"{name=!s}")
print(f"{{braces}} {x}{x}")
print(f'{"quoted"}', f"{'single'}")
print(F"upper {x}" "plain" f"{x * 2}")
print(f"""triple
{x}""")
items = {"a": 1}
print(f"{items['a']} {len(items)}")
print(rf"\n{x}")
