# Template의 오류들
from string import Template

for text in ["$1", "abc $", "line one\nline $2", "${}", "cost: $ 5", "$x$", "${x", "\n\n  $%"]:
    try:
        Template(text).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)

try:
    Template("Hello $name and $friend").substitute(name="Mina")
except KeyError as e:
    print("KeyError:", e)

# 잡지 않은 오류
Template("Hi ${who}!").substitute(whom="nobody")
