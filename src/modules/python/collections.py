"""Container datatypes: Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap.

Written for Saessak, following CPython 3.11's behaviour. Saessak cannot yet make subclasses of
the built-in types dict and tuple, so Counter, defaultdict and OrderedDict wrap a dict (in
_MappingWrapper) and namedtuple classes wrap a tuple: they behave like CPython's for the usual
operations, but isinstance(x, dict) and isinstance(p, tuple) are False for them.
"""

from keyword import iskeyword as _iskeyword

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "defaultdict", "deque",
           "namedtuple"]


def _unwrap(mapping):
    """The plain dict behind one of the wrappers below, or the object itself."""
    if isinstance(mapping, _MappingWrapper):
        return mapping._data
    return mapping


def _is_mapping(obj):
    return isinstance(obj, (dict, _MappingWrapper, ChainMap))


################################################################################
### A dict-like base class (stands in for subclassing dict)
################################################################################

class _MappingWrapper:
    """Implements the dict protocol over a private dict, calling __missing__ like dict does."""

    __hash__ = None

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('%s expected at most 1 argument, got %d'
                            % (type(self).__name__, len(args)))
        self._data = {}
        if args or kwds:
            self.update(*args, **kwds)

    def __getitem__(self, key):
        data = self._data
        if key in data:
            return data[key]
        missing = getattr(self, '__missing__', None)
        if missing is not None:
            return missing(key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(list(self._data))

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError('pop expected at most 2 arguments, got %d' % (len(default) + 1))
        if key in self._data:
            return self._data.pop(key)
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        return self._data.popitem()

    def setdefault(self, key, default=None):
        if key not in self._data:
            self._data[key] = default
        return self._data[key]

    def update(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('update expected at most 1 argument, got %d' % len(args))
        if args:
            other = args[0]
            if _is_mapping(other) or hasattr(other, 'keys'):
                for key in list(other.keys()):
                    self[key] = other[key]
            else:
                for pair in other:
                    pair = tuple(pair)
                    if len(pair) != 2:
                        raise ValueError('dictionary update sequence element has length %d; '
                                         '2 is required' % len(pair))
                    self[pair[0]] = pair[1]
        for key in kwds:
            self[key] = kwds[key]

    def clear(self):
        self._data.clear()

    def copy(self):
        return type(self)(self)

    def __copy__(self):
        return self.copy()

    def __eq__(self, other):
        if _is_mapping(other):
            return self._data == _unwrap(other)
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._data)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new


################################################################################
### OrderedDict
################################################################################

class OrderedDict(_MappingWrapper):
    """Dictionary that remembers insertion order and can reorder its keys."""

    def move_to_end(self, key, last=True):
        data = self._data
        if key not in data:
            raise KeyError(key)
        value = data.pop(key)
        if last:
            data[key] = value
        else:
            rest = list(data.items())
            data.clear()
            data[key] = value
            for k, v in rest:
                data[k] = v

    def popitem(self, last=True):
        data = self._data
        if not data:
            raise KeyError('dictionary is empty')
        if last:
            return data.popitem()
        key = next(iter(data))
        return key, data.pop(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._data == other._data and list(self._data) == list(other._data)
        return _MappingWrapper.__eq__(self, other)

    def __repr__(self):
        if not self._data:
            return '%s()' % type(self).__name__
        return '%s(%r)' % (type(self).__name__, list(self._data.items()))


################################################################################
### defaultdict
################################################################################

class defaultdict(_MappingWrapper):
    """A dict whose missing keys are filled in by calling default_factory()."""

    def __init__(self, default_factory=None, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        _MappingWrapper.__init__(self, *args, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            shown = 'None'
        else:
            shown = repr(factory)
        return '%s(%s, %r)' % (type(self).__name__, shown, self._data)


################################################################################
### Counter
################################################################################

def _count_of(pair):
    return pair[1]


class Counter(_MappingWrapper):
    """Dict subclass for counting hashable items (a multiset)."""

    def __init__(self, iterable=None, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        ordered = sorted(self._data.items(), key=_count_of, reverse=True)
        if n is None:
            return ordered
        if n < 0:
            n = 0
        return ordered[:n]

    def elements(self):
        return _counter_elements(list(self._data.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self._data or not isinstance(iterable, Counter):
                    for elem, count in list(iterable.items()):
                        self[elem] = count + self.get(elem, 0)
                else:
                    for elem, count in list(iterable.items()):
                        self[elem] = count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in list(iterable.items()):
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __delitem__(self, elem):
        if elem in self._data:
            del self._data[elem]

    def __repr__(self):
        if not self._data:
            return '%s()' % type(self).__name__
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self._data)
        return '%s(%r)' % (type(self).__name__, shown)

    # Comparisons treat missing elements as having zero count.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return self._data == other
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self._data[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _counter_elements(pairs):
    for elem, count in pairs:
        while count > 0:
            yield elem
            count -= 1


################################################################################
### deque
################################################################################

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        if self._maxlen == 0:
            return
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop(0)

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        items = self._items
        size = len(items)
        if size <= 1:
            return
        n = n % size
        if n:
            self._items = items[size - n:] + items[:size - n]

    def clear(self):
        self._items = []

    def copy(self):
        return deque(self._items, self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, x):
        return self._items.count(x)

    def index(self, x, start=0, stop=None):
        size = len(self._items)
        if stop is None:
            stop = size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        i = start
        while i < min(stop, size):
            if self._items[i] == x:
                return i
            i += 1
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(i, x)

    def remove(self, value):
        for i in range(len(self._items)):
            if self._items[i] == value:
                self._items.pop(i)
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        self._items.reverse()

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        size = len(self._items)
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, value):
        self._items[self._index(i)] = value

    def __delitem__(self, i):
        self._items.pop(self._index(i))

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        return reversed(list(self._items))

    def __contains__(self, x):
        return x in self._items

    def __repr__(self):
        if self._maxlen is None:
            return 'deque(%r)' % (self._items,)
        return 'deque(%r, maxlen=%d)' % (self._items, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = deque((), self._maxlen)
        for _ in range(n):
            new.extend(self._items)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self._items)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self


################################################################################
### namedtuple
################################################################################

def _isidentifier(name):
    if not name:
        return False
    first = name[0]
    if not (first == '_' or first.isalpha()):
        return False
    for ch in name:
        if not (ch == '_' or ch.isalpha() or ch.isdigit()):
            return False
    return True


def _join_names(names):
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


class _FieldGetter:
    """The class attribute for one field: reads item `index` of the tuple, refuses assignment."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj._tuple[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


class _NamedTupleBase:
    """Methods shared by every class namedtuple() makes; instances hold a tuple in _tuple."""

    _fields = ()
    _field_defaults = {}

    def __init__(self, *args, **kwds):
        cls = type(self)
        fields = cls._fields
        defaults = cls._field_defaults
        name = cls.__name__
        most = len(fields) + 1
        least = most - len(defaults)
        if len(args) + 1 > most:
            if least == most:
                plural = '' if most == 1 else 's'
                raise TypeError('%s.__new__() takes %d positional argument%s but %d were given'
                                % (name, most, plural, len(args) + 1))
            raise TypeError('%s.__new__() takes from %d to %d positional arguments but %d were '
                            'given' % (name, least, most, len(args) + 1))
        values = list(args)
        for key in kwds:
            if key not in fields:
                raise TypeError('%s.__new__() got an unexpected keyword argument %r'
                                % (name, key))
            if fields.index(key) < len(args):
                raise TypeError('%s.__new__() got multiple values for argument %r'
                                % (name, key))
        missing = []
        for i in range(len(args), len(fields)):
            field = fields[i]
            if field in kwds:
                values.append(kwds[field])
            elif field in defaults:
                values.append(defaults[field])
            else:
                missing.append(field)
        if missing:
            plural = 'argument' if len(missing) == 1 else 'arguments'
            raise TypeError('%s.__new__() missing %d required positional %s: %s'
                            % (name, len(missing), plural, _join_names(missing)))
        vars(self)['_tuple'] = tuple(values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(values)))
        return cls(*values)

    def _replace(self, **kwds):
        values = []
        for field, value in zip(self._fields, self._tuple):
            if field in kwds:
                values.append(kwds.pop(field))
            else:
                values.append(value)
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return type(self)._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self._tuple))

    def __getnewargs__(self):
        return self._tuple

    def __repr__(self):
        parts = ['%s=%r' % (field, value) for field, value in zip(self._fields, self._tuple)]
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __iter__(self):
        return iter(self._tuple)

    def __len__(self):
        return len(self._tuple)

    def __getitem__(self, index):
        return self._tuple[index]

    def __contains__(self, value):
        return value in self._tuple

    def __hash__(self):
        # Workaround: Saessak rejects a __hash__ result of 2**47 or more (a boxed big int), so
        # fold large hashes into range. CPython returns hash(self._tuple) unchanged.
        h = hash(self._tuple)
        if h >= 140737488355328 or h < -140737488355328:
            h = h % 140737488355327
        return h

    def count(self, value):
        return self._tuple.count(value)

    def index(self, value, *args):
        items = self._tuple
        start = 0
        stop = len(items)
        if args:
            start = args[0]
        if len(args) > 1:
            stop = args[1]
        for i in _index_range(len(items), start, stop):
            if items[i] == value:
                return i
        raise ValueError('tuple.index(x): x not in tuple')

    def __eq__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple == other

    def __ne__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple != other

    def __lt__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple < other

    def __le__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple <= other

    def __gt__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple > other

    def __ge__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple >= other

    def __add__(self, other):
        tup = _as_tuple(other)
        if tup is None:
            raise TypeError('can only concatenate tuple (not "%s") to tuple'
                            % type(other).__name__)
        return self._tuple + tup

    def __radd__(self, other):
        tup = _as_tuple(other)
        if tup is None:
            return NotImplemented
        return tup + self._tuple

    def __mul__(self, n):
        return self._tuple * n

    __rmul__ = __mul__


def _index_range(size, start, stop):
    if start < 0:
        start = max(start + size, 0)
    if stop < 0:
        stop = max(stop + size, 0)
    return range(start, min(stop, size))


def _as_tuple(obj):
    if isinstance(obj, _NamedTupleBase):
        return obj._tuple
    if isinstance(obj, tuple):
        return obj
    return None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new class with named fields, e.g. Point = namedtuple('Point', ['x', 'y'])."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not _isidentifier(name) or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not _isidentifier(name):
            raise ValueError('Type names and field names must be valid identifiers: %r'
                             % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        pairs = list(zip(reversed(field_names), reversed(defaults)))
        pairs.reverse()
        for name, value in pairs:
            field_defaults[name] = value

    fields = tuple(field_names)
    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__module__': module if module is not None else '__main__',
        '__qualname__': typename,
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
    }
    for index in range(len(fields)):
        namespace[fields[index]] = _FieldGetter(index, 'Alias for field number %d' % index)
    return type(typename, (_NamedTupleBase,), namespace)


################################################################################
### ChainMap
################################################################################

class ChainMap:
    """Groups several mappings together into one view; lookups search them in order."""

    __hash__ = None

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def _merged(self):
        merged = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                merged[key] = None
        return merged

    def __len__(self):
        return len(self._merged())

    def __iter__(self):
        return iter(self._merged())

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def keys(self):
        return self._merged().keys()

    def items(self):
        return [(key, self[key]) for key in self._merged()]

    def values(self):
        return [self[key] for key in self._merged()]

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join([repr(m) for m in self.maps]))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        elif isinstance(other, _MappingWrapper):
            other = other._data
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other


################################################################################
### UserDict
################################################################################

class UserDict(_MappingWrapper):
    """A dict wrapper meant for subclassing; the real dict is in self.data."""

    def __init__(self, *args, **kwargs):
        _MappingWrapper.__init__(self)
        self.data = self._data
        if args or kwargs:
            self.update(*args, **kwargs)

    def __repr__(self):
        return repr(self._data)
