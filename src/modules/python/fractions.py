"""Exact rational numbers (written for Saessak, after CPython 3.11's fractions module).

Fraction(3, 4), Fraction('3/4'), Fraction('0.75'), Fraction(0.75) all make the same number.
A Fraction is always stored in lowest terms with a positive denominator.
"""

import math

__all__ = ['Fraction']

# The modulus and the hash of infinity CPython uses for numeric hashes (sys.hash_info), so that
# hash(Fraction(n, 1)) == hash(n) and hash(Fraction(1, 2)) == hash(0.5).
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159

_DIGITS = '0123456789'


def _is_rational(value):
    """True for ints (and bools) and Fractions: the numbers that are exact ratios."""
    return isinstance(value, (int, Fraction))


def _read_digits(text, pos, allow_empty):
    """Reads digits with single underscores between them; returns (digits, new position) or
    (None, pos) if there are none (and allow_empty is false)."""
    start = pos
    n = len(text)
    while pos < n and text[pos] in _DIGITS:
        pos += 1
    if pos == start:
        return ('' if allow_empty else None), pos
    while pos + 1 < n and text[pos] == '_' and text[pos + 1] in _DIGITS:
        pos += 1
        while pos < n and text[pos] in _DIGITS:
            pos += 1
    return text[start:pos].replace('_', ''), pos


def _parse(text):
    """Parses '3/4', '-1.5', '2e-3', ' 7 ' into (numerator, denominator), or returns None."""
    s = text.strip()
    n = len(s)
    pos = 0
    negative = False
    if pos < n and s[pos] in '+-':
        negative = s[pos] == '-'
        pos += 1
    # A digit, or a point followed by a digit, must come next.
    if not (pos < n and (s[pos] in _DIGITS
                         or (s[pos] == '.' and pos + 1 < n and s[pos + 1] in _DIGITS))):
        return None
    num, pos = _read_digits(s, pos, True)
    numerator = int(num or '0')
    denominator = 1
    if pos < n and s[pos] == '/':
        denom, pos = _read_digits(s, pos + 1, False)
        if denom is None:
            return None
        denominator = int(denom)
    else:
        if pos < n and s[pos] == '.':
            decimal, pos = _read_digits(s, pos + 1, True)
            if decimal:
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
        if pos < n and s[pos] in 'eE':
            pos += 1
            exp_negative = False
            if pos < n and s[pos] in '+-':
                exp_negative = s[pos] == '-'
                pos += 1
            digits, pos = _read_digits(s, pos, False)
            if digits is None:
                return None
            exp = int(digits)
            if exp_negative:
                denominator *= 10 ** exp
            else:
                numerator *= 10 ** exp
    if pos != n:
        return None
    if negative:
        numerator = -numerator
    return numerator, denominator


def _to_float(q):
    """A Fraction (or int) as the nearest float."""
    return q.numerator / q.denominator


class Fraction:
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from numeric strings similar to
    those accepted by the float constructor (for example, '-2.3' or
    '1e10'), strings of the form '123/456', floats and other Fractions.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, (int, Fraction)):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        n, d = f.as_integer_ratio()
        return cls(n, d)

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion, keeping the last two convergents.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        # The best approximation is either the last convergent or a semiconvergent.
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec):
        if format_spec:
            raise TypeError('unsupported format string passed to %s.__format__'
                            % type(self).__name__)
        return str(self)

    # Arithmetic. Each operation works exactly on Fractions and ints, and falls back to float
    # arithmetic when the other operand is a float.

    def __add__(a, b):
        """a + b"""
        if isinstance(b, (int, Fraction)):
            return Fraction(a._numerator * b.denominator + b.numerator * a._denominator,
                            a._denominator * b.denominator)
        if isinstance(b, float):
            return _to_float(a) + b
        return NotImplemented

    def __radd__(b, a):
        """a + b"""
        if isinstance(a, int):
            return Fraction(a) + b
        if isinstance(a, float):
            return a + _to_float(b)
        return NotImplemented

    def __sub__(a, b):
        """a - b"""
        if isinstance(b, (int, Fraction)):
            return Fraction(a._numerator * b.denominator - b.numerator * a._denominator,
                            a._denominator * b.denominator)
        if isinstance(b, float):
            return _to_float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        """a - b"""
        if isinstance(a, int):
            return Fraction(a) - b
        if isinstance(a, float):
            return a - _to_float(b)
        return NotImplemented

    def __mul__(a, b):
        """a * b"""
        if isinstance(b, (int, Fraction)):
            return Fraction(a._numerator * b.numerator, a._denominator * b.denominator)
        if isinstance(b, float):
            return _to_float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        """a * b"""
        if isinstance(a, int):
            return Fraction(a) * b
        if isinstance(a, float):
            return a * _to_float(b)
        return NotImplemented

    def __truediv__(a, b):
        """a / b"""
        if isinstance(b, (int, Fraction)):
            return Fraction(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            return _to_float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        """a / b"""
        if isinstance(a, int):
            return Fraction(a) / b
        if isinstance(a, float):
            return a / _to_float(b)
        return NotImplemented

    def __floordiv__(a, b):
        """a // b"""
        if isinstance(b, (int, Fraction)):
            return (a._numerator * b.denominator) // (a._denominator * b.numerator)
        if isinstance(b, float):
            return _to_float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        """a // b"""
        if isinstance(a, int):
            return Fraction(a) // b
        if isinstance(a, float):
            return a // _to_float(b)
        return NotImplemented

    def __divmod__(a, b):
        """(a // b, a % b)"""
        if isinstance(b, (int, Fraction)):
            da, db = a._denominator, b.denominator
            div, n_mod = divmod(a._numerator * db, da * b.numerator)
            return div, Fraction(n_mod, da * db)
        if isinstance(b, float):
            return divmod(_to_float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        """(a // b, a % b)"""
        if isinstance(a, int):
            return divmod(Fraction(a), b)
        if isinstance(a, float):
            return divmod(a, _to_float(b))
        return NotImplemented

    def __mod__(a, b):
        """a % b"""
        if isinstance(b, (int, Fraction)):
            da, db = a._denominator, b.denominator
            return Fraction((a._numerator * db) % (b.numerator * da), da * db)
        if isinstance(b, float):
            return _to_float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        """a % b"""
        if isinstance(a, int):
            return Fraction(a) % b
        if isinstance(a, float):
            return a % _to_float(b)
        return NotImplemented

    def __pow__(a, b):
        """a ** b: a Fraction for an integral exponent, otherwise a float."""
        if isinstance(b, (int, Fraction)):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return _to_float(a) ** _to_float(b)
        if isinstance(b, float):
            return _to_float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** _to_float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        """int(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        """math.trunc(a)"""
        return a.__int__()

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): halves round to even, like round() on ints and floats."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        """float(a)"""
        return a._numerator / a._denominator

    def __hash__(self):
        """hash(self): equal to the hash of an equal int or float."""
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction.from_float(b)
        return NotImplemented

    def _compare(self, other):
        """(left, right) numbers whose comparison equals self ? other, or None."""
        if isinstance(other, (int, Fraction)):
            return (self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return (0.0, other)
            return None
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        pair = a._compare(b)
        if pair is NotImplemented:
            return NotImplemented
        if pair is None:
            return a < Fraction.from_float(b)
        return pair[0] < pair[1]

    def __gt__(a, b):
        """a > b"""
        pair = a._compare(b)
        if pair is NotImplemented:
            return NotImplemented
        if pair is None:
            return a > Fraction.from_float(b)
        return pair[0] > pair[1]

    def __le__(a, b):
        """a <= b"""
        pair = a._compare(b)
        if pair is NotImplemented:
            return NotImplemented
        if pair is None:
            return a <= Fraction.from_float(b)
        return pair[0] <= pair[1]

    def __ge__(a, b):
        """a >= b"""
        pair = a._compare(b)
        if pair is NotImplemented:
            return NotImplemented
        if pair is None:
            return a >= Fraction.from_float(b)
        return pair[0] >= pair[1]

    def __bool__(a):
        """a != 0"""
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
