# 잘못된 서식은 ValueError, 모자란 값은 IndexError / KeyError
def show(text, *args, **kwargs):
    try:
        print(repr(text.format(*args, **kwargs)))
    except ValueError as e:
        print("ValueError:", e)
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e)
    except TypeError as e:
        print("TypeError:", e)

show("{:d}", 1.5)
show("{:d}", "7")
show("{:,}", "many")
show("{:+}", "sign")
show("{:=5}", "eq")
show("{:.2d}", 3)
show("{:.}", 3.0)
show("{:,_}", 1000)
show("{:xx}", 1)
show("{:+c}", 65)
show("{:,c}", 65)
show("{:5}", None)
show("{} {1}", 1, 2)
show("{0} {}", 1, 2)
show("{3}", 1, 2)
show("{} {} {}", 1, 2)
show("{name}", nickname="x")
show("{0!x}", 1)
show("{0[5]}", [1, 2])
show("oops }", 1)
show("{ oops", 1)
show("{0:{1}", 1, 2)
show("{0.}", 1)
show("{:{:{}}}", 1, 2, 3)
for spec in ["z", "#", "z5", ".1z"]:
    try:
        print(format(5, spec))
    except ValueError as e:
        print("ValueError:", e)
print("done", format(0.1, "z"))
print("{} then }".format("this fails"))
