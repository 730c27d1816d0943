# float.fromhex is a classmethod: a subclass makes an instance of itself
class Volts(float):
    def __repr__(self):
        return f'{float(self)}V'
v = Volts.fromhex('0x1.8p1')
print(v, repr(v), type(v).__name__)
print(float.fromhex('0x1p-2'), (2.0).fromhex('0xap0'), type(Volts(1).fromhex('0x1p0')).__name__)
