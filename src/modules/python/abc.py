"""Abstract Base Classes (written for Saessak, after CPython 3.11's abc module).

    from abc import ABC, abstractmethod

    class Shape(ABC):
        @abstractmethod
        def area(self): ...

Shape() then raises "TypeError: Can't instantiate abstract class Shape with abstract method area".

CPython does this with the metaclass ABCMeta. Saessak's ABC works without one: __init_subclass__
computes each subclass's __abstractmethods__ and ABC.__new__ refuses to make an instance while
any are left. ABCMeta is provided too where the interpreter can subclass `type`.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'update_abstractmethods', 'get_cache_token']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    Requires that the class derives from ABC. A class with abstract methods cannot be
    instantiated unless all of its abstract methods are overridden.

    Usage:

        class C(ABC):
            @abstractmethod
            def my_abstract_method(self, arg1, arg2, argN):
                ...
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    """True if value is an abstract method, or a property, classmethod or staticmethod made from
    one."""
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        for part in (getattr(value, 'fget', None), getattr(value, 'fset', None),
                     getattr(value, 'fdel', None)):
            if getattr(part, '__isabstractmethod__', False):
                return True
        return False
    inner = getattr(value, '__func__', None)
    if inner is not None and getattr(inner, '__isabstractmethod__', False):
        return True
    return False


def _compute_abstracts(cls):
    """Sets cls.__abstractmethods__: its own abstract methods and the inherited ones it does
    not override."""
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


def _check_instantiable(cls):
    abstracts = getattr(cls, '__abstractmethods__', None)
    if abstracts:
        names = sorted(abstracts)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class, after methods were added
    to it or removed from it by a class decorator."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""

    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        _compute_abstracts(cls)
        cls._abc_registry = []

    def __new__(cls, /, *args, **kwargs):
        _check_instantiable(cls)
        return super().__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow usage as a
        class decorator."""
        return _register(cls, subclass)


def _register(cls, subclass):
    """Records subclass as a virtual subclass of cls (isinstance() does not consult it yet)."""
    if not isinstance(subclass, type):
        raise TypeError('Can only register classes')
    if issubclass(cls, subclass):
        raise RuntimeError('Refusing to create an inheritance cycle')
    registry = cls.__dict__.get('_abc_registry')
    if registry is None:
        registry = []
        cls._abc_registry = registry
    if subclass not in registry:
        registry.append(subclass)
    return subclass


try:
    class ABCMeta(type):
        """Metaclass for defining Abstract Base Classes (ABCs)."""

        def __new__(mcls, name, bases, namespace, /, **kwargs):
            cls = super().__new__(mcls, name, bases, namespace, **kwargs)
            _compute_abstracts(cls)
            return cls

        def __call__(cls, *args, **kwargs):
            _check_instantiable(cls)
            return super().__call__(*args, **kwargs)

        def register(cls, subclass):
            return _register(cls, subclass)
except TypeError:
    class ABCMeta:
        """Metaclass for defining Abstract Base Classes (ABCs). (Saessak cannot subclass
        `type` yet: derive from ABC instead.)"""

        def __init__(self, *args, **kwargs):
            raise TypeError('Saessak cannot make metaclasses yet: derive from abc.ABC instead')


try:
    class abstractproperty(property):
        """A decorator indicating abstract properties (deprecated: use 'property' with
        'abstractmethod' instead)."""

        __isabstractmethod__ = True
except TypeError:
    def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
        """A decorator indicating abstract properties (deprecated: use 'property' with
        'abstractmethod' instead)."""
        for part in (fget, fset, fdel):
            if part is not None:
                abstractmethod(part)
        return property(fget, fset, fdel, doc)


def abstractclassmethod(callable):
    """A decorator indicating abstract classmethods (deprecated: use 'classmethod' with
    'abstractmethod' instead)."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A decorator indicating abstract staticmethods (deprecated: use 'staticmethod' with
    'abstractmethod' instead)."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def get_cache_token():
    """Returns the current ABC cache token."""
    return 0
