"""Functions creating iterators for efficient looping (written for Saessak, after CPython 3.11).

Each iterator is a small class, so that type(x).__name__ and the eager argument checks match
CPython (for example, cycle(5) fails at once, while chain(5) fails only when iterated).
"""

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
           "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]

_MAXSIZE = 9223372036854775807


class _GeneratorBacked:
    """Base for iterators whose items come from a private generator."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _is_int(x):
    return isinstance(x, int)


################################################################################
### Infinite iterators
################################################################################

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float)):
                raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._next,)
        return 'count(%r, %r)' % (self._next, self._step)


class cycle(_GeneratorBacked):
    """cycle(iterable) --> the items of iterable, then again and again, forever."""

    def __init__(self, iterable):
        self._gen = _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]) --> object, again and again (times times, or forever)."""

    def __init__(self, object, times=None):
        if times is not None:
            if not _is_int(times):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if times < 0:
                times = 0
        self._object = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


################################################################################
### Iterators terminating on the shortest input
################################################################################

class accumulate(_GeneratorBacked):
    """accumulate(iterable, func=None, *, initial=None) --> running totals (or results of func)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        if func is None:
            total = total + element
        else:
            total = func(total, element)
        yield total


class chain(_GeneratorBacked):
    """chain(*iterables) --> the items of the first iterable, then of the next, and so on."""

    def __init__(self, *iterables):
        self._gen = _chain(iter(iterables))

    @classmethod
    def from_iterable(cls, iterable):
        new = cls()
        new._gen = _chain(iter(iterable))
        return new


def _chain(iterables):
    for iterable in iterables:
        for element in iterable:
            yield element


class compress(_GeneratorBacked):
    """compress(data, selectors) --> the items of data whose selector is true."""

    def __init__(self, data, selectors):
        self._gen = _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


class dropwhile(_GeneratorBacked):
    """dropwhile(predicate, iterable) --> skip items while predicate is true, then all the rest."""

    def __init__(self, predicate, iterable):
        self._gen = _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


class takewhile(_GeneratorBacked):
    """takewhile(predicate, iterable) --> items for as long as predicate is true."""

    def __init__(self, predicate, iterable):
        self._gen = _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


class filterfalse(_GeneratorBacked):
    """filterfalse(function or None, iterable) --> the items for which function is false."""

    def __init__(self, function, iterable):
        self._gen = _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    for x in it:
        if function is None:
            keep = not x
        else:
            keep = not function(x)
        if keep:
            yield x


class _Marker:
    """A unique value that compares equal only to itself."""


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs for runs of items with equal keys."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        marker = _Marker()
        self._tgtkey = marker
        self._currkey = marker
        self._currvalue = marker
        self._id = None

    def __iter__(self):
        return self

    def _key(self, value):
        if self._keyfunc is None:
            return value
        return self._keyfunc(value)

    def __next__(self):
        self._id = _Marker()
        while self._tgtkey is self._currkey or self._tgtkey == self._currkey:
            self._currvalue = next(self._it)
            self._currkey = self._key(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))


class _grouper(_GeneratorBacked):
    def __init__(self, parent, tgtkey, ident):
        self._gen = _group_items(parent, tgtkey, ident)


def _group_items(parent, tgtkey, ident):
    while parent._id is ident and (tgtkey is parent._currkey or tgtkey == parent._currkey):
        yield parent._currvalue
        try:
            parent._currvalue = next(parent._it)
        except StopIteration:
            return
        parent._currkey = parent._key(parent._currvalue)


def _islice_index(value, message):
    if value is None:
        return None
    if not _is_int(value) or value < 0 or value > _MAXSIZE:
        raise ValueError(message)
    return value


class islice(_GeneratorBacked):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> selected items."""

    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
        if len(args) > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
        iterable = args[0]
        start = 0
        step = 1
        if len(args) == 2:
            stop = _islice_index(args[1], 'Stop argument for islice() must be None or an '
                                          'integer: 0 <= x <= sys.maxsize.')
        else:
            message = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
            start = _islice_index(args[1], message)
            stop = _islice_index(args[2], message)
            if start is None:
                start = 0
            if len(args) == 4 and args[3] is not None:
                step = args[3]
                if not _is_int(step) or step < 1:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self._gen = _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    count = 0
    wanted = start
    while True:
        while count < wanted:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


class starmap(_GeneratorBacked):
    """starmap(function, iterable) --> function(*args) for each args in iterable."""

    def __init__(self, function, iterable):
        self._gen = _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class _tee:
    """One of the independent iterators tee() returns; all share one linked buffer."""

    def __init__(self, it, cell):
        self._it = it
        self._cell = cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            value = next(self._it)
            cell[0] = value
            cell[1] = [None, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        return _tee(self._it, self._cell)


def tee(iterable, n=2):
    """tee(iterable, n=2) --> a tuple of n independent iterators over the same items."""
    if not _is_int(n):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, [None, None])
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_GeneratorBacked):
    """zip_longest(*iterables, fillvalue=None) --> tuples, padding the shorter inputs."""

    def __init__(self, *iterables, fillvalue=None):
        self._gen = _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


class pairwise(_GeneratorBacked):
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""

    def __init__(self, iterable):
        self._gen = _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


################################################################################
### Combinatoric iterators
################################################################################

class product(_GeneratorBacked):
    """product(*iterables, repeat=1) --> the cartesian product, as tuples."""

    def __init__(self, *iterables, repeat=1):
        if not _is_int(repeat):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    size = len(pools)
    indices = [0] * size
    while True:
        yield tuple([pools[i][indices[i]] for i in range(size)])
        i = size - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return


def _check_r(r, n):
    if r is None:
        return n
    if not _is_int(r):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_GeneratorBacked):
    """permutations(iterable, r=None) --> successive r-length orderings of the items."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = _check_r(r, len(pool))
        self._gen = _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices = indices[:i] + indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
                i -= 1
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
        if i < 0:
            return


class combinations(_GeneratorBacked):
    """combinations(iterable, r) --> successive r-length selections, in the input's order."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r, len(pool))
        self._gen = _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


class combinations_with_replacement(_GeneratorBacked):
    """combinations_with_replacement(iterable, r) --> selections allowing repeated items."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r, len(pool))
        self._gen = _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])
