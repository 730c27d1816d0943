"""Enumerations: sets of named, unique constants (written for Saessak, after CPython 3.11's enum).

    class Color(Enum):
        RED = 1
        GREEN = 2

    Color.RED, Color(1), Color['RED']    # all the same member: <Color.RED: 1>

The metaclass EnumType turns the plain names of a class body into members: singleton instances
of the class that know their name and value. Flag members combine with | & ^ ~.

Saessak cannot subclass the built-in int and str yet, so the members of IntEnum, IntFlag and
StrEnum are not real ints or strings: they carry their value and forward arithmetic, comparison,
hashing, int()/float()/format() and the value's methods to it. `class Num(int, Enum)` works the
same way: EnumType puts a stand-in mixin in place of int (or str) among the bases.
CPython fills in the class body through a special namespace (__prepare__); Saessak reads the
finished class body in definition order instead, so auto() values come out the same.
"""

import sys

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'member', 'nonmember', 'FlagBoundary',
    'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'show_flag_values',
]

_builtin_property = property
_builtin_bin = bin

# These are rebound as the module is run; EnumType checks them while making the first classes.
Enum = Flag = ReprEnum = EJECT = None


class nonmember(object):
    """Keeps a class-body value from becoming an enum member."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Makes a class-body value an enum member even if it would not be one."""

    def __init__(self, value):
        self.value = value


def _a_function():
    pass


_function_types = (type(_a_function), staticmethod, classmethod, _builtin_property)


def _is_descriptor(obj):
    """True for things a class body defines as methods or attributes rather than members."""
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, _function_types))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    if (len(name) > len(pattern) and name.startswith(pattern)
            and (name[-1] != '_' or name[-2] != '_')):
        return True
    # Saessak does not mangle __names in class bodies yet: take them as private too.
    return len(name) > 2 and name[:2] == '__' and name[-2:] != '__'


def _is_single_bit(num):
    if num == 0:
        return False
    return num & (num - 1) == 0


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        low = num & (~num + 1)
        yield low
        num ^= low


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def _bin(num, max_bits=None):
    """bin() that shows negative numbers in two's complement, after a sign bit: '0b0 1010'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def _high_bit(value):
    return value.bit_length() - 1


def _bit_count(value):
    return _builtin_bin(value).count('1')


class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


class auto:
    """Stands for "the next value": the enum's _generate_next_value_ picks it."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # In CPython an auto() is replaced by its value as soon as the class body assigns it, so
    # `AB = A | B` combines two numbers. Saessak fills in auto() values after the class body
    # has run, so these operators record the expression and EnumType works it out later.
    def __or__(self, other):
        return _AutoExpr(_or, self, other)

    def __ror__(self, other):
        return _AutoExpr(_or, other, self)

    def __and__(self, other):
        return _AutoExpr(_and, self, other)

    def __rand__(self, other):
        return _AutoExpr(_and, other, self)

    def __xor__(self, other):
        return _AutoExpr(_xor, self, other)

    def __rxor__(self, other):
        return _AutoExpr(_xor, other, self)

    def __add__(self, other):
        return _AutoExpr(_add, self, other)

    def __radd__(self, other):
        return _AutoExpr(_add, other, self)

    def __sub__(self, other):
        return _AutoExpr(_sub, self, other)

    def __rsub__(self, other):
        return _AutoExpr(_sub, other, self)

    def __mul__(self, other):
        return _AutoExpr(_mul, self, other)

    def __rmul__(self, other):
        return _AutoExpr(_mul, other, self)

    def __invert__(self):
        return _AutoExpr(_invert, self, None)

    def __neg__(self):
        return _AutoExpr(_neg, self, None)


def _or(a, b):
    return a | b


def _and(a, b):
    return a & b


def _xor(a, b):
    return a ^ b


def _add(a, b):
    return a + b


def _sub(a, b):
    return a - b


def _mul(a, b):
    return a * b


def _invert(a, b):
    return ~a


def _neg(a, b):
    return -a


def _auto_resolve(value):
    if isinstance(value, _AutoExpr):
        return value.op(_auto_resolve(value.left), _auto_resolve(value.right))
    if isinstance(value, auto):
        return value.value
    return value


class _AutoExpr(auto):
    """An expression made from auto() values in a class body, such as A | B."""

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.value = _auto_null


class property(object):
    """The `name` and `value` of members: read-only on a member, and on the class a member
    of that name if there is one (so an enum may have members called name or value)."""

    member = None

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None
        if self.fget is None:
            if self.member is not None:
                return self.member
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


class _proto_member:
    """A member's value while the class is being made; __set_name__ turns it into the member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        value = self.value
        args = value if isinstance(value, tuple) else (value,)
        member_type = enum_class._member_type_
        if member_type is tuple:
            args = (args,)
        if enum_class._use_args_:
            enum_member = enum_class._new_member_(enum_class, *args)
        else:
            enum_member = enum_class._new_member_(enum_class)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception as exc:
                    new_exc = TypeError('_value_ not set in __new__, unable to create it')
                    new_exc.__cause__ = exc
                    raise new_exc
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

        # A second name for an existing value becomes an alias of the first member.
        try:
            try:
                enum_member = enum_class._value2member_map_[value]
            except TypeError:
                for canonical in enum_class._member_map_.values():
                    if canonical._value_ == value:
                        enum_member = canonical
                        break
                else:
                    raise KeyError
        except KeyError:
            if not is_flag or _is_single_bit(value):
                enum_class._member_names_.append(member_name)

        found = None
        for base in enum_class.__mro__[1:]:
            descriptor = base.__dict__.get(member_name)
            if descriptor is not None:
                if isinstance(descriptor, (property, _builtin_property)):
                    found = descriptor
                    break
        if found is not None:
            redirect = property()
            redirect.member = enum_member
            redirect.__set_name__(enum_class, member_name)
            redirect.fget = found.fget
            redirect.fset = found.fset
            redirect.fdel = found.fdel
            setattr(enum_class, member_name, redirect)
        else:
            setattr(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)


class mappingproxy:
    """A read-only view of a dict: what Enum.__members__ returns."""

    __module__ = 'builtins'

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(list(self._mapping))

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping | other

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    __hash__ = None


_ALLOWED_SUNDERS = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_')


# --- Stand-ins for the int and str bases ------------------------------------------------------

def _int_operand(other):
    if isinstance(other, _IntMixin):
        return other._value_
    if isinstance(other, int):
        return other
    return NotImplemented


def _number_operand(other):
    if isinstance(other, _IntMixin):
        return other._value_
    if isinstance(other, (int, float)):
        return other
    return NotImplemented


def _number_op(op, operand=_number_operand):
    def method(self, other):
        other = operand(other)
        if other is NotImplemented:
            return NotImplemented
        return op(self._value_, other)
    return method


def _forward_attribute(self, name):
    if name[:1] != '_':
        try:
            return getattr(self._value_, name)
        except AttributeError:
            pass
    raise AttributeError('%r object has no attribute %r' % (type(self).__name__, name))


_SEQUENCES = (str, list, tuple)


class _IntMixin:
    """Makes members behave like their int value (Saessak cannot subclass int yet)."""

    __add__ = _number_op(lambda a, b: a + b)
    __radd__ = _number_op(lambda a, b: b + a)
    __sub__ = _number_op(lambda a, b: a - b)
    __rsub__ = _number_op(lambda a, b: b - a)
    __truediv__ = _number_op(lambda a, b: a / b)
    __rtruediv__ = _number_op(lambda a, b: b / a)
    __floordiv__ = _number_op(lambda a, b: a // b)
    __rfloordiv__ = _number_op(lambda a, b: b // a)
    __mod__ = _number_op(lambda a, b: a % b)
    __rmod__ = _number_op(lambda a, b: b % a)
    __divmod__ = _number_op(divmod)
    __rdivmod__ = _number_op(lambda a, b: divmod(b, a))
    __rpow__ = _number_op(lambda a, b: b ** a)
    __lshift__ = _number_op(lambda a, b: a << b, _int_operand)
    __rlshift__ = _number_op(lambda a, b: b << a, _int_operand)
    __rshift__ = _number_op(lambda a, b: a >> b, _int_operand)
    __rrshift__ = _number_op(lambda a, b: b >> a, _int_operand)
    __and__ = _number_op(lambda a, b: a & b, _int_operand)
    __rand__ = _number_op(lambda a, b: b & a, _int_operand)
    __or__ = _number_op(lambda a, b: a | b, _int_operand)
    __ror__ = _number_op(lambda a, b: b | a, _int_operand)
    __xor__ = _number_op(lambda a, b: a ^ b, _int_operand)
    __rxor__ = _number_op(lambda a, b: b ^ a, _int_operand)
    __eq__ = _number_op(lambda a, b: a == b)
    __ne__ = _number_op(lambda a, b: a != b)
    __lt__ = _number_op(lambda a, b: a < b)
    __le__ = _number_op(lambda a, b: a <= b)
    __gt__ = _number_op(lambda a, b: a > b)
    __ge__ = _number_op(lambda a, b: a >= b)

    def __mul__(self, other):
        if isinstance(other, _SEQUENCES):
            return self._value_ * other
        other = _number_operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self._value_ * other

    def __rmul__(self, other):
        if isinstance(other, _SEQUENCES):
            return other * self._value_
        other = _number_operand(other)
        if other is NotImplemented:
            return NotImplemented
        return other * self._value_

    def __pow__(self, other, modulo=None):
        other = _number_operand(other)
        if other is NotImplemented:
            return NotImplemented
        if modulo is None:
            return self._value_ ** other
        return pow(self._value_, other, _int_operand(modulo))

    def __hash__(self):
        return hash(self._value_)

    def __bool__(self):
        return self._value_ != 0

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __invert__(self):
        return ~self._value_

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self._value_)
        return round(self._value_, ndigits)

    def __trunc__(self):
        return self._value_

    def __floor__(self):
        return self._value_

    def __ceil__(self):
        return self._value_

    __getattr__ = _forward_attribute


def _str_operand(other):
    if isinstance(other, _StrMixin):
        return other._value_
    if isinstance(other, str):
        return other
    return NotImplemented


class _StrMixin:
    """Makes members behave like their str value (Saessak cannot subclass str yet)."""

    __add__ = _number_op(lambda a, b: a + b, _str_operand)
    __radd__ = _number_op(lambda a, b: b + a, _str_operand)
    __eq__ = _number_op(lambda a, b: a == b, _str_operand)
    __ne__ = _number_op(lambda a, b: a != b, _str_operand)
    __lt__ = _number_op(lambda a, b: a < b, _str_operand)
    __le__ = _number_op(lambda a, b: a <= b, _str_operand)
    __gt__ = _number_op(lambda a, b: a > b, _str_operand)
    __ge__ = _number_op(lambda a, b: a >= b, _str_operand)

    def __mul__(self, other):
        if isinstance(other, _IntMixin):
            other = other._value_
        if not isinstance(other, int):
            return NotImplemented
        return self._value_ * other

    __rmul__ = __mul__

    def __mod__(self, args):
        return self._value_ % args

    def __hash__(self):
        return hash(self._value_)

    def __bool__(self):
        return self._value_ != ''

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        item = _str_operand(item)
        if item is NotImplemented:
            raise TypeError("'in <string>' requires string as left operand")
        return item in self._value_

    def __getitem__(self, index):
        return self._value_[index]

    __getattr__ = _forward_attribute


def _substitute_bases(bases):
    """int and str cannot be subclassed in Saessak yet: stand-in mixins take their place."""
    result = []
    for base in bases:
        if base is int:
            base = _IntMixin
        elif base is str:
            base = _StrMixin
        result.append(base)
    return tuple(result)


def _value_str(self):
    return str(self._value_)


def _value_format(self, format_spec):
    return format(self._value_, format_spec)


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        bases = _substitute_bases(bases)
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members, classdict, _order_ = metacls._sort_out_class_body_(cls, classdict, first_enum)

        invalid_names = [name for name in members if name in ('mro', '')]
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in invalid_names),))

        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        if save_new:
            classdict['__new_member__'] = new_member
        classdict['_new_member_'] = new_member
        classdict['_use_args_'] = use_args
        for name in members:
            classdict[name] = _proto_member(classdict[name])
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        classdict['_value_repr_'] = None

        is_flag = (Flag is None and cls == 'Flag') or (
            Flag is not None and any(issubclass(base, Flag) for base in bases))
        if is_flag:
            classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            classdict['_flag_mask_'] = 0
            classdict['_singles_mask_'] = 0
            classdict['_all_bits_'] = 0
            classdict['_inverted_'] = None
            if Flag is not None:
                # Flag's own operators must win over those of a mixed-in int.
                for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                             '__invert__'):
                    if name not in classdict:
                        classdict[name] = Flag.__dict__[name]

        # ReprEnum (IntEnum, StrEnum, IntFlag) shows its members as the mixed-in type does.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in classdict:
                classdict['__format__'] = _value_format
            if '__str__' not in classdict:
                classdict['__str__'] = _value_str

        try:
            exc = None
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        except RuntimeError as e:
            # A member's __new__ or __init__ failing inside __set_name__ shows as RuntimeError.
            exc = e.__cause__ or e
        if exc is not None:
            raise exc

        if is_flag and Flag is not None:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_

        if _order_ is not None:
            if isinstance(_order_, str):
                _order_ = _order_.replace(',', ' ').split()
            if is_flag:
                _order_ = [o for o in _order_
                           if o not in enum_class._member_map_
                           or _is_single_bit(enum_class[o]._value_)]
            _order_ = [o for o in _order_
                       if o not in enum_class._member_map_ or o in enum_class._member_names_]
            if _order_ != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, _order_))
        return enum_class

    @classmethod
    def _sort_out_class_body_(metacls, cls, classdict, first_enum):
        """Goes through the class body in definition order as CPython's _EnumDict does while
        the body runs: finds the members, fills in auto() values, checks the _sunder_ names.
        Returns (member names, the namespace for the class, _order_)."""
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        else:
            ignore = list(ignore)
        generate = getattr(first_enum, '_generate_next_value_', None)
        members = []
        last_values = []
        auto_called = False
        namespace = {}
        for key, value in classdict.items():
            if _is_private(cls, key):
                pass
            elif _is_sunder(key):
                if key not in _ALLOWED_SUNDERS:
                    raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                     % (key,))
                if key == '_generate_next_value_':
                    if auto_called:
                        raise TypeError('_generate_next_value_ must be defined before members')
                    generate = value.__func__ if isinstance(value, staticmethod) else value
            elif _is_dunder(key):
                if key == '__order__':
                    key = '_order_'
            elif key in ignore:
                continue
            elif isinstance(value, nonmember):
                value = value.value
            elif _is_descriptor(value):
                pass
            else:
                if isinstance(value, member):
                    value = value.value
                if isinstance(value, _AutoExpr):
                    value = _auto_resolve(value)
                non_auto_store = True
                single = False
                if isinstance(value, auto):
                    single = True
                    value = (value,)
                if type(value) is tuple and any(isinstance(v, auto) for v in value):
                    auto_valued = []
                    for v in value:
                        if isinstance(v, auto):
                            non_auto_store = False
                            if v.value is _auto_null:
                                v.value = generate(key, 1, len(members), last_values[:])
                                auto_called = True
                            v = v.value
                            last_values.append(v)
                        auto_valued.append(v)
                    value = auto_valued[0] if single else tuple(auto_valued)
                members.append(key)
                if non_auto_store:
                    last_values.append(value)
            namespace[key] = value
        namespace.pop('_ignore_', None)
        _order_ = namespace.pop('_order_', None)
        return members, namespace, _order_

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """(the data type of the members, the enum class to inherit from)"""
        if not bases:
            return object, Enum
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is _IntMixin:
                    member_type = int
                    break
                if base is _StrMixin:
                    member_type = str
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        """(the function that makes members, whether the class body gave it, whether it takes
        the member's value as arguments)"""
        if first_enum is None:
            return object.__new__, False, False
        new = classdict.pop('__new__', None)
        if isinstance(new, staticmethod):
            new = new.__func__
        save_new = new is not None
        if new is None:
            for base in first_enum.__mro__:
                if '__new_member__' in base.__dict__:
                    new = base.__dict__['__new_member__']
                    break
            else:
                new = object.__new__
        use_args = new is not object.__new__
        return new, save_new, use_args

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Color(1) finds a member by value; Enum('Color', 'RED GREEN') makes a new enum."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                           '__len__', '__members__', '__module__', '__name__', '__qualname__']
                          + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if '__init_subclass__' in cls.__dict__:
            interesting.add('__init_subclass__')
        return sorted(interesting)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        """name -> member for every member, aliases included."""
        return mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: names is 'A B C', 'A,B', ['A', 'B'], [('A', 1), ...] or a dict."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, _substitute_bases(bases))
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            if member_name in classdict:
                raise TypeError('%r already defined as %r' % (member_name, classdict[member_name]))
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except Exception:
                module = '__main__'
        classdict['__module__'] = module
        classdict['__qualname__'] = class_name if qualname is None else qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """A collection of name/value pairs.

    >>> class Color(Enum):
    ...     RED = 1
    ...     GREEN = 2
    >>> Color.RED, Color(1), Color['RED']     # the same member three times
    >>> len(Color), list(Color)
    """

    def __new__(cls, value):
        # Members are made with the class; this finds one: Color(3), Color(Color.RED).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """auto(): one more than the last value, or start for the first member."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        interesting = set()
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
                      | interesting)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Changes only repr(); str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = object.__new__(cls)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """auto(): the member's name in lower case."""
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits no member has:
    "strict" raises ValueError (Flag), "conform" drops them, "eject" returns a plain int,
    "keep" keeps them (IntFlag)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Members that combine with the bitwise operators | & ^ ~."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto(): the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Makes (and keeps) the member for a combination of flags."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, _bin(unknown)))
        pseudo_member = object.__new__(cls)
        pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for pm in cls._member_map_.values():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined_value |= pm._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        """True if every flag of other is also in self."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The single flags in self, in definition order."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints."""


def unique(enumeration):
    """Class decorator: raises ValueError if any two members share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
