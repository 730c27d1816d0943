# Template으로 편지 만들기
from string import Template

letter = Template("Dear $name,\nYou won ${prize}s! It costs $$0. Bye $name.")
print(letter.substitute(name="Mina", prize="cookie"))
print(letter.substitute({"name": "Jun", "prize": "apple"}))
print(letter.substitute({"name": "Jun", "prize": "apple"}, name="Override"))
print(letter.safe_substitute(name="Ara"))
print(letter.template)
print(letter.get_identifiers(), letter.is_valid())

t = Template("${a}b $a_b $a")
print(t.safe_substitute(a=1))
print(t.get_identifiers())

scores = {"kim": 90, "lee": 85}
row = Template("$who scored $score points")
for who, score in scores.items():
    print(row.substitute(who=who, score=score))

print(Template("$$$x").substitute(x=5))
print(Template("100$").safe_substitute())
print(Template("$1 and ${ok}").safe_substitute(ok="yes"))
print(Template("$1").is_valid())
