"""JSON (JavaScript Object Notation) encoder and decoder (written for Saessak, after CPython
3.11's json package).

    >>> import json
    >>> json.dumps({"name": "새싹", "level": 3, "items": ["sword", "shield"]})
    '{"name": "\\uc0c8\\uc2f9", "level": 3, "items": ["sword", "shield"]}'
    >>> json.loads('{"level": 3}')
    {'level': 3}

The output of dumps() and the messages of JSONDecodeError are the same as CPython's.
"""

__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

_INFINITY = float('inf')
_NAN = float('nan')


################################################################################
### Errors
################################################################################

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


################################################################################
### Encoding
################################################################################

_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _encode_basestring(s):
    """s as a JSON string, escaping only quotes, backslashes and control characters."""
    parts = ['"']
    for c in s:
        escaped = _ESCAPES.get(c)
        parts.append(c if escaped is None else escaped)
    parts.append('"')
    return ''.join(parts)


def _encode_basestring_ascii(s):
    """s as a JSON string of ASCII characters only: others become \\uXXXX escapes (a pair of
    them, a surrogate pair, for characters beyond U+FFFF)."""
    parts = ['"']
    for c in s:
        escaped = _ESCAPES.get(c)
        if escaped is not None:
            parts.append(escaped)
        elif ' ' <= c <= '~':
            parts.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                parts.append('\\u%04x' % n)
            else:
                n -= 0x10000
                parts.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff),
                                                 0xdc00 | (n & 0x3ff)))
    parts.append('"')
    return ''.join(parts)


class JSONEncoder:
    """Extensible JSON encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a ``.default()`` method
    that returns a serializable object for ``o`` if possible, otherwise it should call the
    superclass implementation (to raise ``TypeError``).
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a serializable object for
        ``o``, or calls the base implementation (to raise a ``TypeError``)."""
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'
        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            return _encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        parts = []
        _Encoding(self, parts).encode(o, 0)
        return iter(parts)


class _Encoding:
    """One run of an encoder: appends the pieces of the JSON text to a list."""

    def __init__(self, encoder, parts):
        self.encoder = encoder
        self.parts = parts
        self.markers = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.string = _encode_basestring_ascii if encoder.ensure_ascii else _encode_basestring
        self.default = encoder.default

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return repr(o)
        if not self.encoder.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level):
        parts = self.parts
        if isinstance(o, str):
            parts.append(self.string(o))
        elif o is None:
            parts.append('null')
        elif o is True:
            parts.append('true')
        elif o is False:
            parts.append('false')
        elif isinstance(o, int):
            parts.append(repr(o))
        elif isinstance(o, float):
            parts.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            self.mark(o)
            self.encode(self.default(o), level)
            self.unmark(o)

    def encode_list(self, lst, level):
        parts = self.parts
        if not lst:
            parts.append('[]')
            return
        self.mark(lst)
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.encoder.item_separator + newline_indent
            parts.append('[' + newline_indent)
        else:
            newline_indent = None
            separator = self.encoder.item_separator
            parts.append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                parts.append(separator)
            self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            parts.append('\n' + self.indent * level)
        parts.append(']')
        self.unmark(lst)

    def key_string(self, key):
        """The JSON text of a dict key, or None to skip it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return repr(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % key.__class__.__name__)

    def encode_dict(self, dct, level):
        parts = self.parts
        if not dct:
            parts.append('{}')
            return
        self.mark(dct)
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.encoder.item_separator + newline_indent
            parts.append('{' + newline_indent)
        else:
            newline_indent = None
            item_separator = self.encoder.item_separator
            parts.append('{')
        if self.encoder.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        first = True
        for key, value in items:
            key = self.key_string(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                parts.append(item_separator)
            parts.append(self.string(key))
            parts.append(self.encoder.key_separator)
            self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            parts.append('\n' + self.indent * level)
        parts.append('}')
        self.unmark(dct)


################################################################################
### Decoding
################################################################################

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_CONSTANTS = {
    '-Infinity': -_INFINITY,
    'Infinity': _INFINITY,
    'NaN': _NAN,
}


def _parse_constant(name):
    return _CONSTANTS[name]


class _NoValue(Exception):
    """No JSON value starts at position pos (CPython's scanner raises StopIteration)."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


def _skip_whitespace(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


def _scanstring(s, end, strict=True):
    """The string whose opening quote is at end - 1, and the index just past its closing quote.
    Returns (str, end)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        start = end
        while end < n:
            c = s[end]
            if c == '"' or c == '\\':
                break
            if strict and c <= '\x1f':
                raise JSONDecodeError('Invalid control character at', s, end)
            end += 1
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if end > start:
            chunks.append(s[start:end])
        if s[end] == '"':
            return ''.join(chunks), end + 1
        # A backslash escape.
        if end + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end + 1]
        if esc != 'u':
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, end)
            chunks.append(char)
            end += 2
            continue
        code = _read_hex4(s, end + 2)
        if code is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
        end += 6
        # A high surrogate followed by an escaped low surrogate is one character.
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _read_hex4(s, end + 2)
            if low is None:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


def _read_hex4(s, pos):
    """The number written by the 4 hex digits at s[pos:pos + 4], or None."""
    digits = s[pos:pos + 4]
    if len(digits) != 4:
        return None
    for c in digits:
        if c not in _HEX:
            return None
    return int(digits, 16)


class _Scanner:
    """Reads JSON values from a string with the options of a JSONDecoder."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def scan(self, s, idx):
        """The value starting at s[idx] and the index after it; _NoValue if there is none."""
        if idx >= len(s):
            raise _NoValue(idx)
        c = s[idx]
        if c == '"':
            return _scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self.parse_object(s, idx + 1)
        if c == '[':
            return self.parse_array(s, idx + 1)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        return self.parse_number(s, idx)

    def parse_number(self, s, idx):
        n = len(s)
        start = idx
        if idx < n and s[idx] == '-':
            idx += 1
        if idx < n and s[idx] in '123456789':
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif idx < n and s[idx] == '0':
            idx += 1
        else:
            raise _NoValue(start)
        is_float = False
        if idx + 1 < n and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n and s[idx] in 'eE':
            e = idx + 1
            if e < n and s[e] in '+-':
                e += 1
            if e < n and s[e] in _DIGITS:
                while e < n and s[e] in _DIGITS:
                    e += 1
                is_float = True
                idx = e
        text = s[start:idx]
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def parse_object(self, s, idx):
        pairs = []
        n = len(s)
        idx = _skip_whitespace(s, idx)
        if idx < n and s[idx] == '}':
            idx += 1
        else:
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                          s, idx)
                key, idx = _scanstring(s, idx + 1, self.strict)
                idx = _skip_whitespace(s, idx)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_whitespace(s, idx + 1)
                value, idx = self.scan(s, idx)
                pairs.append((key, value))
                idx = _skip_whitespace(s, idx)
                if idx < n and s[idx] == '}':
                    idx += 1
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_whitespace(s, idx + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, idx

    def parse_array(self, s, idx):
        values = []
        n = len(s)
        idx = _skip_whitespace(s, idx)
        if idx < n and s[idx] == ']':
            return values, idx + 1
        while True:
            value, idx = self.scan(s, idx)
            values.append(value)
            idx = _skip_whitespace(s, idx)
            if idx < n and s[idx] == ']':
                return values, idx + 1
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_whitespace(s, idx + 1)


class JSONDecoder:
    """Simple JSON <https://json.org> decoder.

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as their corresponding
    ``float`` values, which is outside the JSON spec.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance containing a JSON
        document)."""
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with a JSON document) and
        return a 2-tuple of the Python representation and the index in ``s`` where the document
        ended."""
        try:
            return _Scanner(self).scan(s, idx)
        except _NoValue as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None


################################################################################
### The module functions
################################################################################

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a ``.write()``-supporting
    file-like object)."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``.

    ``indent`` (a number of spaces or a string) pretty-prints arrays and objects,
    ``sort_keys`` sorts the keys of objects, ``separators`` is an ``(item_separator,
    key_separator)`` tuple, ``default`` turns otherwise unserializable objects into
    serializable ones, and ``ensure_ascii=False`` keeps non-ASCII characters as they are.
    """
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None and not sort_keys
            and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object containing a JSON
    document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str`` instance containing a JSON document) to a Python object.

    ``object_hook`` is called with every decoded object (a dict) and its result used instead;
    ``object_pairs_hook`` likewise with the list of (key, value) pairs. ``parse_float``,
    ``parse_int`` and ``parse_constant`` are called with the text of numbers and of
    ``-Infinity``, ``Infinity`` and ``NaN``.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                        % s.__class__.__name__)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
