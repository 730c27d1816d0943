"""Shallow and deep copy operations (written for Saessak, after CPython 3.11).

copy(x) makes a new container holding the same items; deepcopy(x) copies the items too,
recursively, keeping shared and cyclic references shared in the copy (through the memo dict).
Classes can customise both with __copy__(self) and __deepcopy__(self, memo).
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

# Values of these types are never copied: copies would be equal and indistinguishable.
_atomic_types = (type(None), int, float, bool, str, type, range, type(len), type(Ellipsis),
                 type(NotImplemented), property)


def _is_atomic(x):
    if isinstance(x, _atomic_types):
        return True
    # Functions are shared, not copied.
    return callable(x) and _instance_state(x) is None and not hasattr(type(x), '__call__')


def _instance_state(x):
    """The attribute dict of a class instance, or None for built-in values."""
    try:
        return vars(x)
    except TypeError:
        return None


def _noinit(self, *args, **kwargs):
    pass


def _new_instance(cls):
    """A new instance of cls made without running its __init__ (like cls.__new__(cls))."""
    new = getattr(cls, '__new__', None)
    if new is not None:
        return new(cls)
    # Saessak has no object.__new__ yet: briefly give the class an __init__ that does nothing.
    namespace = cls.__dict__
    had_init = '__init__' in namespace
    old_init = namespace['__init__'] if had_init else None
    cls.__init__ = _noinit
    try:
        return cls()
    finally:
        if had_init:
            cls.__init__ = old_init
        else:
            del cls.__init__


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
    else:
        vars(y).update(state)


def _get_state(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    return _instance_state(x)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    state = _get_state(x)
    if state is None:
        raise Error('un(shallow)copyable object of type %s' % cls)
    y = _new_instance(cls)
    if state:
        _set_state(y, dict(state))
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if _is_atomic(x) or cls is frozenset and not x:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            state = _get_state(x)
            if state is None:
                raise Error('un(deep)copyable object of type %s' % cls)
            y = _new_instance(cls)
            memo[d] = y
            if state:
                _set_state(y, deepcopy(state, memo))

    # If x is its own copy, don't memoize it.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # The tuple may have been copied already while copying its items (a cycle through it).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k in range(len(x)):
        if x[k] is not y[k]:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    """Keep x alive while memo is, so that its id() is not reused by another object."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
