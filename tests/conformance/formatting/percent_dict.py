# 사전으로 이름 붙여 채우기
pet = {"name": "Choco", "kind": "dog", "age": 3, "weight": 4.25}
print("%(name)s is a %(kind)s" % pet)
print("%(name)s is %(age)d years old and weighs %(weight).1f kg" % pet)
print("%(name)-8s|%(age)04d|%(weight)8.3f" % pet)
student = {"이름": "하늘", "반": 3, "점수": 92.5}
print("%(이름)s (%(반)d반): %(점수).1f점" % student)
print("%(name)s %(name)s %(name)r" % pet)
print("no fields here" % pet)
print("%s" % {"a": 1})
try:
    print("%(color)s" % pet)
except KeyError as e:
    print("KeyError:", e)
try:
    print("%(name)s" % ("Choco",))
except TypeError as e:
    print("TypeError:", e)
