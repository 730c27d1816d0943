class Documented:
    """이 클래스는 문서가 있어요."""
    def method(self):
        "메서드 문서"
class Undocumented:
    pass
print(Documented.__doc__, Documented.method.__doc__)
print(Undocumented.__doc__)
print(Documented().__doc__)
print(Documented.__module__, __name__)
