# complex() uses __complex__, then __float__, then __index__
class Phasor:
    def __init__(self, re, im):
        self.re, self.im = re, im
    def __complex__(self):
        return complex(self.re, self.im)
class Half:
    def __float__(self):
        return 0.5
class Two:
    def __index__(self):
        return 2
print(complex(Phasor(1, -1)), complex(Half()), complex(Two()), complex(Half(), Two()))
import cmath
print(cmath.sqrt(Phasor(0, 2)), cmath.phase(Half()))
