"""Tools for working with functions and callable objects (written for Saessak, after CPython 3.11).

lru_cache/cache, partial and singledispatch return callable objects rather than functions, since
Saessak functions cannot carry extra attributes yet (CPython's are C objects too).
"""

from collections import namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'singledispatch', 'cached_property']


class _Missing:
    """Marks a value that is absent."""


_MISSING = _Missing()


################################################################################
### update_wrapper() and wraps()
################################################################################

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def _attribute_dict(obj):
    """obj.__dict__, or None if obj has none Saessak can reach."""
    try:
        return getattr(obj, '__dict__')
    except AttributeError:
        pass
    try:
        return vars(obj)
    except TypeError:
        return None


def _try_setattr(obj, name, value):
    # CPython can always set these attributes on functions. Saessak cannot set attributes on
    # functions yet, so a failure here is skipped rather than breaking every decorator.
    try:
        setattr(obj, name, value)
    except AttributeError:
        pass


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy its name, docstring and so on, set __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            _try_setattr(wrapper, attr, value)
    for attr in updated:
        if attr == '__dict__':
            target = _attribute_dict(wrapper)
            source = _attribute_dict(wrapped)
        else:
            target = getattr(wrapper, attr)
            source = getattr(wrapped, attr, {})
        if target is not None and source:
            target.update(source)
    _try_setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################################
### total_ordering
################################################################################

def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator filling in the missing ordering methods from the ones defined."""
    roots = set()
    for op in _convert:
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.add(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


################################################################################
### cmp_to_key
################################################################################

class KeyWrapper:
    """The key object cmp_to_key() makes: compares by calling the old-style cmp function."""

    __hash__ = None

    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def __lt__(self, other):
        return self._cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self._cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, other.obj) >= 0


class cmp_to_key:
    """Convert a cmp= function (returning <0, 0 or >0) into a key= function."""

    def __init__(self, mycmp):
        self._cmp = mycmp

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)


################################################################################
### reduce
################################################################################

def reduce(function, sequence, *initial):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence or iterable,
    from left to right, so as to reduce the iterable to a single value.
    """
    if len(initial) > 1:
        raise TypeError('reduce expected at most 3 arguments, got %d' % (len(initial) + 2))
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    for element in it:
        value = function(value, element)
    return value


################################################################################
### partial
################################################################################

class partial:
    """partial(func, *args, **keywords) - new function with partial application of the given
    arguments and keywords.
    """

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*(self.args + args), **merged)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend([repr(x) for x in self.args])
        parts.extend(['%s=%r' % (k, v) for k, v in self.keywords.items()])
        name = type(self).__name__
        if type(self) is partial:
            name = 'functools.partial'
        return '%s(%s)' % (name, ', '.join(parts))


################################################################################
### lru_cache and cache
################################################################################

CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                       module='functools')


class _KeywordMark:
    """Separates positional from keyword arguments in a cache key."""


_kwd_mark = (_KeywordMark(),)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _BoundCachedMethod:
    """What a cached function stored in a class gives when looked up on an instance."""

    def __init__(self, wrapper, instance):
        self.__self__ = instance
        self.__func__ = wrapper

    def __call__(self, *args, **kwargs):
        return self.__func__(self.__self__, *args, **kwargs)


class _lru_cache_wrapper:
    """The callable that lru_cache() and cache() return."""

    def __init__(self, user_function, maxsize, typed):
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _MISSING)
        if result is not _MISSING:
            self._hits += 1
            if maxsize is not None:
                del cache[key]          # move to the most recently used end
                cache[key] = result
            return result
        self._misses += 1
        result = self._function(*args, **kwds)
        if key in cache:
            # A recursive call already stored this key.
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _BoundCachedMethod(self, instance)

    def cache_info(self):
        """Report cache statistics."""
        return CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics."""
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator: @lru_cache, @lru_cache() or @lru_cache(maxsize=n)."""
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function = maxsize
        return _lru_cache_wrapper(user_function, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return _lru_cache_wrapper(user_function, None, False)


################################################################################
### singledispatch
################################################################################

def _function_name(func):
    return getattr(func, '__name__', 'singledispatch function')


class _SingleDispatchFunction:
    """The generic function singledispatch() returns."""

    def __init__(self, func):
        self.registry = {object: func}
        self._default = func
        self._funcname = _function_name(func)
        update_wrapper(self, func)

    def dispatch(self, cls):
        """The implementation registered for cls (the nearest class in its MRO)."""
        registry = self.registry
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return self._default

    def register(self, cls, func=None):
        """Register func as the implementation for cls; usable as a decorator."""
        if isinstance(cls, type):
            if func is None:
                return lambda f: self.register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. %r is not a class.'
                                % (cls,))
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError('Invalid first argument to `register()`: %r. Use either '
                                '`@register(some_class)` or plain `@register` on an annotated '
                                'function.' % (cls,))
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (argname, cls))
        self.registry[cls] = func
        return func

    def __call__(self, *args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % self._funcname)
        return self.dispatch(type(args[0]))(*args, **kw)


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    return _SingleDispatchFunction(func)


################################################################################
### cached_property
################################################################################

def _name_in_class(cls, descriptor):
    for klass in cls.__mro__:
        namespace = getattr(klass, '__dict__', None)
        if namespace is None:
            continue
        for name in list(namespace):
            if namespace[name] is descriptor:
                return name
    return None


class cached_property:
    """A property computed once per instance, then kept as an ordinary attribute."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            # Saessak does not call __set_name__ yet: find the name in the class instead.
            self.attrname = _name_in_class(type(instance), self)
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        try:
            cache = vars(instance)
        except TypeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        val = cache.get(self.attrname, _MISSING)
        if val is _MISSING:
            val = self.func(instance)
            cache[self.attrname] = val
        return val
