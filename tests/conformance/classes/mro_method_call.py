class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left+" + super().who()
class Right(Base):
    def who(self):
        return "Right+" + super().who()
class Bottom(Left, Right):
    def who(self):
        return "Bottom+" + super().who()
print(Bottom().who())
print(Left().who())
print(Right().who())
print(Bottom.mro())
