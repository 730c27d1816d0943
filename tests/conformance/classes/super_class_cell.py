class A:
    def who(self):
        return __class__.__name__
class B(A):
    def who(self):
        return __class__.__name__ + " < " + super().who()
print(B().who())
print(A().who(), B.who.__name__)
