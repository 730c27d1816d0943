"""The string module: character constants, capwords and Template (written for Saessak).

Template is matched by hand rather than with regular expressions, following CPython 3.11's
rules: "$$" is an escaped "$", "$name" and "${name}" are placeholders whose names are ASCII
identifiers, and anything else after a "$" is an invalid placeholder.
"""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]


def capwords(s, sep=None):
    """Split s into words, capitalize each word and join them again with sep (or one space)."""
    words = s.split(sep)
    if sep is None:
        sep = ' '
    return sep.join([word.capitalize() for word in words])


_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits
_LINE_BREAKS = '\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'


def _identifier_end(text, start):
    """The end of the ASCII identifier starting at text[start], or start if there is none."""
    if start >= len(text) or text[start] not in _ID_START:
        return start
    end = start + 1
    while end < len(text) and text[end] in _ID_REST:
        end += 1
    return end


def _line_and_column(text, index):
    """Line and column of a position, counted the way CPython's Template reports them."""
    before = text[:index]
    if not before:
        return 1, 1
    lineno = 1
    line_start = 0
    pos = 0
    while pos < len(before):
        ch = before[pos]
        if ch in _LINE_BREAKS:
            if ch == '\r' and pos + 1 < len(before) and before[pos + 1] == '\n':
                pos += 1
            if pos + 1 < len(before):
                lineno += 1
                line_start = pos + 1
        pos += 1
    return lineno, index - line_start


class _Placeholder:
    """One match of the placeholder pattern: kind is 'escaped', 'named', 'braced' or 'invalid'."""

    def __init__(self, kind, start, end, name, invalid_at):
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name
        self.invalid_at = invalid_at


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield the literal text and the placeholders of the template, in order."""
        text = self.template
        delim = self.delimiter
        size = len(delim)
        pos = 0
        literal_start = 0
        while True:
            found = text.find(delim, pos)
            if found < 0:
                break
            after = found + size
            if text[after:after + size] == delim:
                match = _Placeholder('escaped', found, after + size, None, -1)
            else:
                end = _identifier_end(text, after)
                if end > after:
                    match = _Placeholder('named', found, end, text[after:end], -1)
                elif text[after:after + 1] == '{':
                    end = _identifier_end(text, after + 1)
                    if end > after + 1 and text[end:end + 1] == '}':
                        match = _Placeholder('braced', found, end + 1, text[after + 1:end], -1)
                    else:
                        match = _Placeholder('invalid', found, after, None, after)
                else:
                    match = _Placeholder('invalid', found, after, None, after)
            yield text[literal_start:found]
            yield match
            pos = match.end
            literal_start = pos
        yield text[literal_start:]

    def _invalid(self, match):
        lineno, colno = _line_and_column(self.template, match.invalid_at)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _mapping(self, method, args, kws):
        if len(args) > 1:
            raise TypeError('Template.%s() takes from 1 to 2 positional arguments but %d were given'
                            % (method, len(args) + 1))
        if not args:
            return kws
        if kws:
            return _ChainedLookup(kws, args[0])
        return args[0]

    def substitute(self, *args, **kws):
        mapping = self._mapping('substitute', args, kws)
        pieces = []
        for piece in self._scan():
            if isinstance(piece, str):
                pieces.append(piece)
            elif piece.kind == 'escaped':
                pieces.append(self.delimiter)
            elif piece.kind == 'invalid':
                self._invalid(piece)
            else:
                pieces.append(str(mapping[piece.name]))
        return ''.join(pieces)

    def safe_substitute(self, *args, **kws):
        mapping = self._mapping('safe_substitute', args, kws)
        pieces = []
        text = self.template
        for piece in self._scan():
            if isinstance(piece, str):
                pieces.append(piece)
            elif piece.kind == 'escaped':
                pieces.append(self.delimiter)
            elif piece.kind == 'invalid':
                pieces.append(self.delimiter)
            else:
                try:
                    pieces.append(str(mapping[piece.name]))
                except KeyError:
                    pieces.append(text[piece.start:piece.end])
        return ''.join(pieces)

    def is_valid(self):
        for piece in self._scan():
            if not isinstance(piece, str) and piece.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for piece in self._scan():
            if isinstance(piece, str):
                continue
            if piece.kind == 'invalid':
                self._invalid(piece)
            if piece.name is not None and piece.name not in ids:
                ids.append(piece.name)
        return ids


class _ChainedLookup:
    """Looks a key up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]
