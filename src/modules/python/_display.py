"""Rich output for the notebook: display(obj) and the _repr_*_ methods, as IPython has them.

An object is shown by the richest form it offers: _repr_html_, _repr_svg_, _repr_markdown_,
_repr_png_ / _repr_jpeg_ (base64 text), beside its repr() as text/plain. The bundle goes to the
page as one message through `_notebook.publish`:

    {"type": "display_data", "data": {"text/plain": "...", "text/html": "..."}}

The page sanitizes HTML and SVG with DOMPurify before showing them. The kernel worker imports
this module once per kernel, which makes `display` a built-in name as in IPython; the saessak
command never does, so plain programs see Python's own builtins.

A cell's last expression goes through `_publish_result` (called by the VM, modules/display.cpp):
the extra forms travel as {"type": "result_data", ...} and join the cell's Out[n].
"""

import _notebook

_FORMATTERS = (
    ('_repr_html_', 'text/html'),
    ('_repr_markdown_', 'text/markdown'),
    ('_repr_svg_', 'image/svg+xml'),
    ('_repr_png_', 'image/png'),
    ('_repr_jpeg_', 'image/jpeg'),
    ('_repr_latex_', 'text/latex'),
    ('_repr_json_', 'application/json'),
)


def _json_text(s):
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch == '"' or ch == '\\':
            out.append('\\' + ch)
        elif code < 0x20:
            out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _rich_forms(obj):
    """The (mime, text) pairs of obj's _repr_*_ methods that answer with text."""
    forms = []
    for method, mime in _FORMATTERS:
        fn = getattr(obj, method, None)
        if fn is None or not callable(fn):
            continue
        value = fn()
        if isinstance(value, tuple) and len(value) == 2:
            value = value[0]  # (data, metadata)
        if value is None:
            continue
        if mime == 'application/json' and not isinstance(value, str):
            import json
            value = json.dumps(value)
        elif not isinstance(value, str):
            try:  # image bytes travel as base64 text, as in .ipynb files
                import base64
                value = base64.b64encode(value).decode('ascii')
            except Exception:
                value = str(value)
        forms.append((mime, str(value)))
    return forms


def _bundle_json(forms):
    return '{' + ','.join(_json_text(m) + ':' + _json_text(v) for m, v in forms) + '}'


def display(*objs, raw=False, include=None, exclude=None, metadata=None, transient=None,
            display_id=None, **kwargs):
    """Shows each object under the running cell, in the richest form it has."""
    for obj in objs:
        if raw and isinstance(obj, dict):
            forms = [(str(k), str(v)) for k, v in obj.items()]
        else:
            forms = [('text/plain', repr(obj))] + _rich_forms(obj)
        if include is not None:
            forms = [f for f in forms if f[0] in include]
        if exclude is not None:
            forms = [f for f in forms if f[0] not in exclude]
        message = '{"type":"display_data","data":' + _bundle_json(forms) + '}'
        if not _notebook.publish(message):
            # No page to show it (the saessak command): print the text form, as IPython's
            # terminal does.
            for mime, text in forms:
                if mime == 'text/plain':
                    print(text)


def _publish_result(obj):
    """The rich forms of a cell's final value, sent before the cell ends."""
    forms = _rich_forms(obj)
    if forms:
        _notebook.publish('{"type":"result_data","data":' + _bundle_json(forms) + '}')


class _Rich:
    """HTML, SVG and Markdown wrappers, as in IPython.display."""

    _mime = 'text/plain'

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        self.data = '' if data is None else str(data)

    def __repr__(self):
        return '<IPython.core.display.%s object>' % type(self).__name__


class HTML(_Rich):
    def _repr_html_(self):
        return self.data


class SVG(_Rich):
    def _repr_svg_(self):
        return self.data


class Markdown(_Rich):
    def _repr_markdown_(self):
        return self.data


_notebook.install_builtin('display', display)
