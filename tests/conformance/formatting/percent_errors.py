# % 포매팅 오류들
def show(fmt, args):
    try:
        print(repr(fmt % args))
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
    except OverflowError as e:
        print("OverflowError:", e)

show("%d and %d", (1,))
show("%d", (1, 2))
show("%d", "x")
show("%x", 2.5)
show("%f", "x")
show("%c", "ab")
show("%c", -1)
show("%y", 1)
show("%5%", (1,))
show("100%", ())
show("%(a)s", (1,))
show("%(a", {"a": 1})
show("%*d", ("a", 3))
show("%d", float("nan"))
show("hello", [1, 2])
show("%s %s", ["a", "b"])
show("%s", ())
show("%%", ())
print("the last one is not caught:")
print("%s is %d" % ("age", 7, "extra"))
