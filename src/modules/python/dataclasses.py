"""Classes that are mostly data (written for Saessak, after CPython 3.11's dataclasses module).

    @dataclass
    class Point:
        x: int
        y: int = 0

adds __init__, __repr__ and __eq__ (and, on request, ordering, hashing and frozen instances) built
from the annotated fields. CPython writes these methods as source text and exec()s it; Saessak
makes them as closures over the list of fields, with the same behaviour and error messages.
"""

import copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

# object.__setattr__ writes an attribute past a frozen class's own __setattr__.
_object_setattr = getattr(object, '__setattr__', None)
_object_delattr = getattr(object, '__delattr__', None)


def _raw_setattr(obj, name, value):
    if _object_setattr is not None:
        _object_setattr(obj, name, value)
    else:
        obj.__dict__[name] = value


def _raw_delattr(obj, name):
    if _object_delattr is not None:
        _object_delattr(obj, name)
    else:
        try:
            del obj.__dict__[name]
        except KeyError:
            raise AttributeError(name) from None


def _type_repr(tp):
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return '%s.%s' % (tp.__module__, tp.__qualname__)
    if tp is ...:
        return '...'
    return repr(tp)


class InitVar:
    """The type of an init-only pseudo-field: InitVar[int]."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        return 'dataclasses.InitVar[%s]' % _type_repr(self.type)

    def __class_getitem__(cls, type):
        return InitVar(type)


class _InitVarForm:
    """Stands in for the InitVar class where classes cannot be subscripted (no
    __class_getitem__ yet): InitVar[int] and InitVar(int) both make an InitVar."""

    def __getitem__(self, type):
        return _InitVarClass(type)

    def __call__(self, type):
        return _InitVarClass(type)

    def __repr__(self):
        return "<class 'dataclasses.InitVar'>"


_InitVarClass = InitVar
try:
    InitVar[int]
except TypeError:
    InitVar = _InitVarForm()


class Field:
    """One field of a dataclass, as fields() returns it. Made by field()."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field. default_factory is a 0-argument function called
    to initialize a field's value. If init is true, the field will be a parameter to the class's
    __init__() function. If repr is true, the field will be included in the object's repr().
    If hash is true, the field will be included in the object's hash(). If compare is true,
    the field will be used in comparison functions. metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass. If kw_only is true, the field
    will become a keyword-only parameter to __init__().

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------------------------------------
# Finding the fields of a class


def _annotation_head(text):
    """'typing.ClassVar[int]' -> 'typing.ClassVar'."""
    return text.split('[', 1)[0].strip()


def _is_classvar(a_type):
    typing = _typing_module()
    if isinstance(a_type, str):
        head = _annotation_head(a_type)
        return head == 'ClassVar' or head.endswith('.ClassVar')
    if typing is None:
        return False
    classvar = getattr(typing, 'ClassVar', None)
    if classvar is None:
        return False
    return a_type is classvar or getattr(a_type, '__origin__', None) is classvar


def _is_initvar(a_type):
    if isinstance(a_type, str):
        head = _annotation_head(a_type)
        return head == 'InitVar' or head.endswith('.InitVar')
    return a_type is InitVar or a_type is _InitVarClass or isinstance(a_type, _InitVarClass)


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        head = _annotation_head(a_type)
        return head == 'KW_ONLY' or head.endswith('.KW_ONLY')
    return a_type is KW_ONLY


def _typing_module():
    import sys
    return sys.modules.get('typing')


def _is_mutable_default(value):
    """True for values whose class is unhashable, like lists, dicts and sets."""
    if isinstance(value, (list, dict, set)):
        return True
    return getattr(type(value), '__hash__', MISSING) is None


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is _FIELD_CLASSVAR or f._field_type is _FIELD_INITVAR:
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError('field %s is a ClassVar but specifies kw_only' % f.name)
    if f._field_type is _FIELD and _is_mutable_default(f.default):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    """Sets cls.name = value unless the class body defined it; True if it did."""
    if name in cls.__dict__:
        return True
    try:
        value.__qualname__ = '%s.%s' % (cls.__qualname__, value.__name__)
    except AttributeError:
        pass
    setattr(cls, name, value)
    return False


# ---------------------------------------------------------------------------------------------
# The generated methods


def _join_names(names):
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _bind_arguments(qualname, std_fields, kw_fields, args, kwargs):
    """Matches the arguments of a call to the generated __init__ with its parameters (self,
    the positional fields, then the keyword-only fields), raising CPython's TypeErrors.
    Returns a dict of every init field's value, defaults filled in."""
    values = {}
    n_pos = len(std_fields)
    for i in range(min(len(args), n_pos)):
        values[std_fields[i].name] = args[i]
    if kwargs:
        known = set()
        for f in std_fields:
            known.add(f.name)
        for f in kw_fields:
            known.add(f.name)
        for key in kwargs:
            if key not in known:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, key))
            if key in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
            values[key] = kwargs[key]
    if len(args) > n_pos:
        kwonly_given = 0
        for f in kw_fields:
            if f.name in values:
                kwonly_given += 1
        defcount = 0
        for f in std_fields:
            if _has_default(f):
                defcount += 1
        argcount = n_pos + 1
        if defcount:
            sig = 'from %d to %d' % (argcount - defcount, argcount)
            plural = 's'
        else:
            sig = '%d' % argcount
            plural = '' if argcount == 1 else 's'
        given = len(args) + 1
        if kwonly_given:
            kwonly_sig = ' positional argument%s (and %d keyword-only argument%s)' % (
                '' if given == 1 else 's', kwonly_given, '' if kwonly_given == 1 else 's')
        else:
            kwonly_sig = ''
        verb = 'was' if given == 1 and not kwonly_given else 'were'
        raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                        % (qualname, sig, plural, given, kwonly_sig, verb))
    missing = [f.name for f in std_fields if f.name not in values and not _has_default(f)]
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (qualname, len(missing), '' if len(missing) == 1 else 's',
                           _join_names(missing)))
    missing = [f.name for f in kw_fields if f.name not in values and not _has_default(f)]
    if missing:
        raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                        % (qualname, len(missing), '' if len(missing) == 1 else 's',
                           _join_names(missing)))
    for f in std_fields:
        if f.name not in values:
            values[f.name] = f.default if f.default is not MISSING else _HAS_DEFAULT_FACTORY
    for f in kw_fields:
        if f.name not in values:
            values[f.name] = f.default if f.default is not MISSING else _HAS_DEFAULT_FACTORY
    return values


def _init_fn(cls, fields, std_fields, kw_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if _has_default(f):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % f.name)
    qualname = '%s.__init__' % cls.__qualname__
    initvar_names = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
    data_fields = [f for f in fields if f._field_type is _FIELD]

    def __init__(self, *args, **kwargs):
        values = _bind_arguments(qualname, std_fields, kw_fields, args, kwargs)
        for f in data_fields:
            if f.default_factory is not MISSING:
                if f.init:
                    value = values[f.name]
                    if value is _HAS_DEFAULT_FACTORY:
                        value = f.default_factory()
                else:
                    value = f.default_factory()
            elif f.init:
                value = values[f.name]
            else:
                continue
            if frozen:
                _raw_setattr(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*[values[name] for name in initvar_names])

    return __init__


def _repr_fn(fields):
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return '...'
        active.add(key)
        try:
            parts = ['%s=%r' % (f.name, getattr(self, f.name)) for f in fields]
        finally:
            active.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))

    return __repr__


def _tuple_of(obj, fields):
    return tuple([getattr(obj, f.name) for f in fields])


def _eq_fn(fields):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, fields) == _tuple_of(other, fields)
        return NotImplemented
    return __eq__


def _order_fns(fields):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, fields) < _tuple_of(other, fields)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, fields) <= _tuple_of(other, fields)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, fields) > _tuple_of(other, fields)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, fields) >= _tuple_of(other, fields)
        return NotImplemented

    return [('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__), ('__ge__', __ge__)]


def _hash_fn(fields):
    def __hash__(self):
        return hash(_tuple_of(self, fields))
    return __hash__


def _frozen_fns(cls, fields):
    names = set(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        parent = getattr(super(cls, self), '__setattr__', None)
        if parent is not None:
            parent(name, value)
        else:
            self.__dict__[name] = value

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        parent = getattr(super(cls, self), '__delattr__', None)
        if parent is not None:
            parent(name)
        else:
            _raw_delattr(self, name)

    return [('__setattr__', __setattr__), ('__delattr__', __delattr__)]


def _hash_action(cls, fields, unsafe_hash, eq, frozen, has_explicit_hash):
    """What to do about __hash__: CPython's table of the four flags."""
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        return 'add'
    if not eq:
        return None
    if frozen:
        return None if has_explicit_hash else 'add'
    return None if has_explicit_hash else 'none'


def _signature_text(cls, std_fields, kw_fields):
    """The text of inspect.signature(cls), for the default docstring."""
    def param(f):
        text = f.name
        if f.type is not MISSING:
            text += ': ' + _annotation_text(f.type)
            sep = ' = '
        else:
            sep = '='
        if f.default is not MISSING:
            text += sep + repr(f.default)
        elif f.default_factory is not MISSING:
            text += sep + '<factory>'
        return text
    params = [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(param(f) for f in kw_fields)
    return '(%s)' % ', '.join(params)


def _annotation_text(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


# ---------------------------------------------------------------------------------------------
# The decorator


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % name)
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields = list(fields.values())
    init_fields = [f for f in all_fields
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in init_fields if f.init and f.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, init_fields, std_init_fields, kw_init_fields, frozen,
                                    has_post_init))

    field_list = [f for f in all_fields if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, '__eq__', _eq_fn([f for f in field_list if f.compare]))

    if order:
        for name, fn in _order_fns([f for f in field_list if f.compare]):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        for name, fn in _frozen_fns(cls, field_list):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))

    action = _hash_action(cls, field_list, bool(unsafe_hash), bool(eq), bool(frozen),
                          has_explicit_hash)
    if action == 'add':
        fn = _hash_fn([f for f in field_list
                       if (f.compare if f.hash is None else f.hash)])
        try:
            fn.__qualname__ = '%s.__hash__' % cls.__qualname__
        except AttributeError:
            pass
        cls.__hash__ = fn
    elif action == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(cls, std_init_fields, kw_init_fields)
        except (TypeError, ValueError, AttributeError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, field_list)

    _update_abstractmethods(cls)
    return cls


def _add_slots(cls, field_list):
    """A copy of cls with __slots__ for its fields (what dataclass(slots=True) returns)."""
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    names = tuple(f.name for f in field_list)
    namespace = dict(cls.__dict__)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    namespace['__slots__'] = names
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def _update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ (for abc.ABC subclasses) now that methods exist."""
    abstracts = getattr(cls, '__abstractmethods__', None)
    if not abstracts:
        return
    import sys
    abc = sys.modules.get('abc')
    if abc is not None and hasattr(abc, 'update_abstractmethods'):
        abc.update_abstractmethods(cls)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr is true, a __repr__()
    method is added. If order is true, rich comparison dunder methods are added. If
    unsafe_hash is true, a __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the __match_args__ tuple is
    added. If kw_only is true, then by default all fields are keyword-only. If slots is true,
    a new class with a __slots__ attribute is returned.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------------------------
# Functions on dataclasses and their instances


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of type Field.
    """
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_namedtuple(obj):
    return hasattr(type(obj), '_fields') and hasattr(type(obj), '_make')


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping field names to
    field values, recursing into dataclasses, dicts, lists and tuples.

    Example usage::

      @dataclass
      class C:
          x: int
          y: int

      c = C(1, 2)
      assert asdict(c) == {'x': 1, 'y': 2}
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    if _is_namedtuple(obj):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values, recursing into
    dataclasses, dicts, lists and tuples.

      c = C(1, 2)
      assert astuple(c) == (1, 2)
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if _is_namedtuple(obj):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

      c = C(1, 2)
      c1 = replace(c, x=3)
      assert c1.x == 3 and c1.y == 2
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified '
                                 'with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Return a new dynamically created dataclass.

    fields is an iterable of either (name), (name, type) or (name, type, Field) objects.
    """
    namespace = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace['__annotations__'] = annotations
    namespace['__module__'] = module if module is not None else '__main__'
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
