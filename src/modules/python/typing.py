"""Support for type hints (written for Saessak, after CPython 3.11's typing module).

Type hints do nothing when a program runs: this module makes the names a learner writes in
annotations importable and subscriptable (List[int], Dict[str, int], Optional[str],
Callable[[int], str], ...), with CPython's reprs, plus the runtime helpers that do something:
cast, NamedTuple, TypedDict, NewType, TypeVar, Generic, Protocol, overload, get_type_hints.
"""

import collections as _collections

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern',
    'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
    'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    """How a type appears inside the repr of a subscripted type: int, __main__.Point, ~T."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    """Annotations may be written as strings; None means type(None)."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    if isinstance(params, tuple):
        return params
    return (params,)


class ForwardRef:
    """A type written as a string, such as 'Node' inside class Node."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


class _Final:
    """Base of the objects of this module that stand for types."""

    def __or__(self, other):
        return Union[(self, other)]

    def __ror__(self, other):
        return Union[(other, self)]


class _GenericAlias(_Final):
    """A subscripted type, such as List[int]: __origin__ is list, __args__ is (int,)."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return '%s[()]' % head
        return '%s[%s]' % (head, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        # Substitutes type variables: Dict[str, T][int] is Dict[str, int].
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if len(params) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %r'
                            % ('many' if len(params) > len(self.__parameters__) else 'few',
                               self))
        mapping = dict(zip(self.__parameters__, params))
        args = tuple(mapping.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_Final):
    """An unsubscripted generic type such as List, Dict or Iterable."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few', self,
                               len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _TupleForm(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple', False)
        params = tuple(_type_check(p) for p in _as_tuple(params))
        return _GenericAlias(tuple, params, 'Tuple', False)


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % _type_repr(args[1])
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))


class _CallableForm(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            return _CallableAlias(self.__origin__, (..., _type_check(result)), 'Callable')
        if not isinstance(args, list):
            raise TypeError('Callable[args, result]: args must be a list. Got %s'
                            % _type_repr(args))
        params = tuple(_type_check(a) for a in args) + (_type_check(result),)
        return _CallableAlias(self.__origin__, params, 'Callable')


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal and friends."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate %r' % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%r is not subscriptable' % self)
        return self._getitem(self, parameters)


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in _as_tuple(parameters):
        p = _type_check(p)
        if isinstance(p, _UnionAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    if len(unique) == 1:
        return unique[0]
    return _UnionAlias(Union, tuple(unique), 'Union')


def _optional_getitem(self, parameters):
    return Union[(parameters, None)]


def _generic_form_getitem(self, parameters):
    item = _type_check(parameters)
    return _GenericAlias(self, (item,), self._name)


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)


def _literal_getitem(self, parameters):
    return _LiteralAlias(self, _as_tuple(parameters), 'Literal')


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), None)
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(m) for m in self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))


def _concatenate_getitem(self, parameters):
    return _GenericAlias(self, _as_tuple(parameters), 'Concatenate')


Any = _SpecialForm('Any', None, 'Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn', None, 'Special type indicating functions that never return.')
Never = _SpecialForm('Never', None, 'The bottom type, a type that has no members.')
Self = _SpecialForm('Self', None, 'Used to spell the type of "self" in classes.')
LiteralString = _SpecialForm('LiteralString', None, 'Represents an arbitrary literal string.')
TypeAlias = _SpecialForm('TypeAlias', None, 'Special form for marking type aliases.')
ClassVar = _SpecialForm('ClassVar', _generic_form_getitem,
                        'Special type construct to mark class variables.')
Final = _SpecialForm('Final', _generic_form_getitem,
                     'Special typing construct to indicate final names to type checkers.')
Union = _SpecialForm('Union', _union_getitem, 'Union type; Union[X, Y] means either X or Y.')
Optional = _SpecialForm('Optional', _optional_getitem,
                        'Optional type. Optional[X] is equivalent to Union[X, None].')
Literal = _SpecialForm('Literal', _literal_getitem,
                       'Special typing form to define literal types (a.k.a. value types).')
Annotated = _SpecialForm('Annotated', _annotated_getitem,
                         'Add context-specific metadata to a type.')
TypeGuard = _SpecialForm('TypeGuard', _generic_form_getitem,
                         'Special typing construct for marking user-defined type guards.')
Required = _SpecialForm('Required', _generic_form_getitem,
                        'A special typing construct to mark a key of a TypedDict as required.')
NotRequired = _SpecialForm('NotRequired', _generic_form_getitem,
                           'A special typing construct to mark a key of a TypedDict as '
                           'potentially missing.')
Unpack = _SpecialForm('Unpack', _generic_form_getitem, 'Type unpack operator.')
Concatenate = _SpecialForm('Concatenate', _concatenate_getitem,
                           'Used in conjunction with ParamSpec and Callable.')


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'), used to write generic functions and classes."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class ParamSpec(_Final):
    """Parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        return '~' + self.__name__


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__


class TypeVarTuple(_Final):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


try:
    AnyStr = TypeVar('AnyStr', bytes, str)
except NameError:
    AnyStr = TypeVar('AnyStr', str, str)


# ---------------------------------------------------------------------------------------------
# Generic classes


class Generic:
    """Abstract base class for generic types: class Stack(Generic[T]): ..."""

    def __class_getitem__(cls, params):
        return cls


class _GenericForm:
    """Generic[T] where classes cannot be subscripted yet: gives the class Generic to derive
    from."""

    def __getitem__(self, params):
        return _GenericClass

    def __repr__(self):
        return "<class 'typing.Generic'>"

    def __call__(self, *args, **kwargs):
        raise TypeError('Type Generic cannot be instantiated; it can be used only as a base '
                        'class')


_GenericClass = Generic
try:
    Generic[int]
except TypeError:
    Generic = _GenericForm()


class Protocol:
    """Base class for protocol classes (structural subtyping)."""

    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__

    def __class_getitem__(cls, params):
        return cls


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    return cls


# ---------------------------------------------------------------------------------------------
# The aliases of concrete and abstract collection types


class _AbstractType:
    """Stands for one of the abstract classes of collections.abc."""

    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = 'collections.abc'

    def __repr__(self):
        return "<class 'collections.abc.%s'>" % self.__name__

    def __call__(self, *args, **kwargs):
        raise TypeError("Can't instantiate abstract class %s" % self.__name__)


def _alias(origin, nparams, name=None, inst=True):
    if isinstance(origin, str):
        name = name or origin
        origin = _AbstractType(origin)
    return _SpecialGenericAlias(origin, nparams, name or origin.__name__.capitalize(), inst)


Hashable = _alias('Hashable', 0)
Awaitable = _alias('Awaitable', 1)
Coroutine = _alias('Coroutine', 3)
AsyncIterable = _alias('AsyncIterable', 1)
AsyncIterator = _alias('AsyncIterator', 1)
Iterable = _alias('Iterable', 1)
Iterator = _alias('Iterator', 1)
Reversible = _alias('Reversible', 1)
Sized = _alias('Sized', 0)
Container = _alias('Container', 1)
Collection = _alias('Collection', 1)
Callable = _CallableForm(_AbstractType('Callable'), 2, 'Callable')
AbstractSet = _alias('Set', 1, 'AbstractSet')
MutableSet = _alias('MutableSet', 1)
Mapping = _alias('Mapping', 2)
MutableMapping = _alias('MutableMapping', 2)
Sequence = _alias('Sequence', 1)
MutableSequence = _alias('MutableSequence', 1)
ByteString = _alias('ByteString', 0)
Tuple = _TupleForm(tuple, -1, 'Tuple', inst=False)
List = _alias(list, 1, 'List', inst=False)
Deque = _alias(_collections.deque, 1, 'Deque')
Set = _alias(set, 1, 'Set', inst=False)
FrozenSet = _alias(frozenset, 1, 'FrozenSet', inst=False)
MappingView = _alias('MappingView', 1)
KeysView = _alias('KeysView', 1)
ItemsView = _alias('ItemsView', 2)
ValuesView = _alias('ValuesView', 1)
ContextManager = _alias('AbstractContextManager', 1, 'ContextManager')
AsyncContextManager = _alias('AbstractAsyncContextManager', 1, 'AsyncContextManager')
Dict = _alias(dict, 2, 'Dict', inst=False)
DefaultDict = _alias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(_collections.Counter, 1, 'Counter')
ChainMap = _alias(_collections.ChainMap, -1, 'ChainMap')
Generator = _alias('Generator', 3)
AsyncGenerator = _alias('AsyncGenerator', 2)
Type = _alias(type, 1, 'Type', inst=False)
Pattern = _alias('Pattern', 1)
Match = _alias('Match', 1)
IO = _alias('IO', 1)
TextIO = _alias('TextIO', 0)
BinaryIO = _alias('BinaryIO', 0)
Text = str


class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""


class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""


class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""


class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""


class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""


class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""


class SupportsRound(Protocol):
    """An ABC with one abstract method __round__ that is covariant in its return type."""


# ---------------------------------------------------------------------------------------------
# NamedTuple, TypedDict, NewType


_NamedTupleBase = getattr(_collections, '_NamedTupleBase', None)
_FieldGetter = getattr(_collections, '_FieldGetter', None)


def _namedtuple_from_fields(typename, fields, defaults=None, module=None):
    names = [name for name, tp in fields]
    types = {name: _type_check(tp) for name, tp in fields}
    cls = _collections.namedtuple(typename, names, defaults=defaults,
                                  module=module if module is not None else '__main__')
    cls.__annotations__ = types
    return cls


if _NamedTupleBase is not None and _FieldGetter is not None:
    class NamedTuple(_NamedTupleBase):
        """Typed version of namedtuple.

        Usage::

            class Employee(NamedTuple):
                name: str
                id: int

        This is equivalent to::

            Employee = collections.namedtuple('Employee', ['name', 'id'])

        An alternative equivalent functional syntax is also accepted::

            Employee = NamedTuple('Employee', [('name', str), ('id', int)])
        """

        def __new__(cls, *args, **kwargs):
            if cls is NamedTuple:
                return _make_functional_namedtuple(*args, **kwargs)
            return object.__new__(cls)

        def __init_subclass__(cls, **kwargs):
            super().__init_subclass__(**kwargs)
            annotations = cls.__dict__.get('__annotations__', {})
            fields = tuple(annotations)
            defaults = {}
            for name in fields:
                if name.startswith('_'):
                    raise ValueError('Field names cannot start with an underscore: %r'
                                     % (name,))
                if name in cls.__dict__:
                    defaults[name] = cls.__dict__[name]
                elif defaults:
                    raise TypeError('Non-default namedtuple field %s cannot follow default '
                                    'field%s %s' % (name, 's' if len(defaults) > 1 else '',
                                                    ', '.join(defaults)))
            cls._fields = fields
            cls._field_defaults = defaults
            cls.__match_args__ = fields
            for index in range(len(fields)):
                setattr(cls, fields[index],
                        _FieldGetter(index, 'Alias for field number %d' % index))
else:
    def NamedTuple(typename, fields=None, /, **kwargs):
        """Typed version of namedtuple: NamedTuple('Employee', [('name', str), ('id', int)])."""
        return _make_functional_namedtuple(typename, fields, **kwargs)


def _make_functional_namedtuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                        'not both')
    return _namedtuple_from_fields(typename, list(fields))


class TypedDict:
    """A simple typed namespace. At runtime it is equivalent to a plain dict.

    Usage::

        class Point2D(TypedDict):
            x: int
            y: int
            label: str

        a: Point2D = {'x': 1, 'y': 2, 'label': 'good'}  # OK
        Point2D(x=1, y=2, label='first') == dict(x=1, y=2, label='first')

    Calling a TypedDict class makes a plain dict, as in CPython. The functional syntax
    TypedDict('Point2D', {'x': int, 'y': int}) works too.
    """

    __total__ = True

    def __new__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            if not args:
                raise TypeError("TypedDict() missing 1 required positional argument: "
                                "'typename'")
            typename = args[0]
            fields = args[1] if len(args) > 1 else kwargs
            ns = {'__annotations__': {n: _type_check(tp) for n, tp in dict(fields).items()},
                  '__module__': '__main__', '__total__': total}
            return type(typename, (TypedDict,), ns)
        return dict(*args, **kwargs)

    def __init_subclass__(cls, /, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__total__ = total
        keys = []
        for base in reversed(cls.__mro__):
            for key in base.__dict__.get('__annotations__', {}):
                if key not in keys:
                    keys.append(key)
        cls.__required_keys__ = frozenset(keys) if total else frozenset()
        cls.__optional_keys__ = frozenset() if total else frozenset(keys)


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, type) and tp is not TypedDict and issubclass(tp, TypedDict)


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead.

    Usage::

        UserId = NewType('UserId', int)

        def name_by_id(user_id: UserId) -> str:
            ...

        UserId('user')          # Fails type check
        name_by_id(42)          # Fails type check
        name_by_id(UserId(42))  # OK
        num = UserId(5) + 1     # type: int
    """

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[(self, other)]

    def __ror__(self, other):
        return Union[(other, self)]


# ---------------------------------------------------------------------------------------------
# Functions


def cast(typ, val):
    """Cast a value to a type.

    This returns the value unchanged. To the type checker this signals that the return value
    has the designated type, but at runtime we intentionally don't check anything (we want
    this to be as fast as possible).
    """
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type. At runtime
    this returns the first argument unchanged."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    """Reveal the inferred type of a variable. At runtime this prints the runtime type and
    returns the argument unchanged."""
    import sys
    sys.stderr.write('Runtime type is %r\n' % (type(obj).__name__,))
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    """Decorator for overloaded functions/methods. The decorated definitions are for the type
    checker only; the last definition, without @overload, is the one that runs."""
    key = getattr(func, '__qualname__', None)
    if key is not None:
        _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """A decorator to indicate final methods and final classes to type checkers."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator that marks a function, class, or metaclass as providing dataclass-like
    behavior."""
    def decorator(cls_or_fn):
        try:
            cls_or_fn.__dataclass_transform__ = {
                'eq_default': eq_default, 'order_default': order_default,
                'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
                'kwargs': kwargs,
            }
        except (AttributeError, TypeError):
            pass
        return cls_or_fn
    return decorator


def get_origin(tp):
    """Get the unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed: get_args(Dict[int, str]) is
    (int, str), get_args(Callable[[], T][int]) is ([], int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        if len(args) == 2 and args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object: its __annotations__ (of it and its bases, for a
    class), with None replaced by NoneType and strings evaluated."""
    hints = {}
    if isinstance(obj, type):
        sources = [(base, getattr(base, '__dict__', {}).get('__annotations__', {}))
                   for base in reversed(obj.__mro__)]
    else:
        sources = [(obj, getattr(obj, '__annotations__', None) or {})]
    for owner, annotations in sources:
        for name, value in annotations.items():
            if value is None:
                value = _NoneType
            elif isinstance(value, str):
                namespace = globalns
                if namespace is None:
                    namespace = getattr(obj, '__globals__', None)
                if namespace is None:
                    import sys
                    module = sys.modules.get(getattr(owner, '__module__', None))
                    namespace = getattr(module, '__dict__', {}) if module else {}
                value = eval(value, namespace, localns)
            if not include_extras and isinstance(value, _AnnotatedAlias):
                value = value.__origin__
            hints[name] = value
    return hints
