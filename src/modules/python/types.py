"""Names for the built-in types (written for Saessak, after CPython 3.11's types module).

    import types
    ns = types.SimpleNamespace(name="새싹", age=1)
    bound = types.MethodType(function, instance)

Most names are simply the type of a sample value, as in CPython.
"""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'NoneType', 'NotImplementedType', 'EllipsisType',
           'GeneratorType', 'GenericAlias', 'SimpleNamespace', 'new_class', 'resolve_bases']


def _function():
    pass


class _Sample:
    def _method(self):
        pass


def _generator():
    yield 1


FunctionType = type(_function)
LambdaType = type(_function)
CodeType = type(_function.__code__)
MethodType = type(_Sample()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
GeneratorType = type(_generator())
GenericAlias = type(list[int])

del _function, _Sample, _generator


class SimpleNamespace:
    """A plain object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        fields = ", ".join(f"{key}={value!r}" for key, value in self.__dict__.items())
        return f"{name}({fields})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def resolve_bases(bases):
    """Bases with __mro_entries__ replaced (PEP 560)."""
    result = []
    for base in bases:
        if not isinstance(base, type) and hasattr(base, "__mro_entries__"):
            result.extend(base.__mro_entries__(bases))
        else:
            result.append(base)
    return tuple(result)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would: metaclass from kwds or the bases."""
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", None)
    bases = resolve_bases(bases)
    if meta is None:
        meta = type(bases[0]) if bases else type
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, bases, ns, **kwds)
