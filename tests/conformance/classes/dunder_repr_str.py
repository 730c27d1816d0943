class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "문자열로"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), f"{OnlyStr()}", str(OnlyStr()))
print(Both(), repr(Both()), [Both()], (Both(),), {1: Both()})
print(f"{Both()!r} {Both()!s}", "%s %r" % (Both(), Both()))
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
