// The registry of built-in types, created once per VM.
#pragma once

#include "objects/object.h"

namespace saessak {

#define SAESSAK_EXCEPTION_TYPES(X)                 \
  X(BaseException, object)                         \
  X(SystemExit, BaseException)                     \
  X(GeneratorExit, BaseException)                  \
  X(KeyboardInterrupt, BaseException)              \
  X(Exception, BaseException)                      \
  X(ArithmeticError, Exception)                    \
  X(ZeroDivisionError, ArithmeticError)            \
  X(OverflowError, ArithmeticError)                \
  X(AssertionError, Exception)                     \
  X(AttributeError, Exception)                     \
  X(EOFError, Exception)                           \
  X(ImportError, Exception)                        \
  X(ModuleNotFoundError, ImportError)              \
  X(LookupError, Exception)                        \
  X(IndexError, LookupError)                       \
  X(KeyError, LookupError)                         \
  X(MemoryError, Exception)                        \
  X(NameError, Exception)                          \
  X(UnboundLocalError, NameError)                  \
  X(RuntimeError, Exception)                       \
  X(NotImplementedError, RuntimeError)             \
  X(RecursionError, RuntimeError)                  \
  X(StopIteration, Exception)                      \
  X(StopAsyncIteration, Exception)                 \
  X(SyntaxError, Exception)                        \
  X(IndentationError, SyntaxError)                 \
  X(TabError, IndentationError)                    \
  X(TypeError, Exception)                          \
  X(ValueError, Exception)                         \
  X(UnicodeError, ValueError)                      \
  X(UnicodeDecodeError, UnicodeError)             \
  X(UnicodeEncodeError, UnicodeError)             \
  X(BufferError, Exception)

struct Types {
  Type* object = nullptr;
  Type* type = nullptr;
  Type* none = nullptr;
  Type* not_implemented = nullptr;
  Type* ellipsis = nullptr;
  Type* int_ = nullptr;
  Type* bool_ = nullptr;
  Type* float_ = nullptr;
  Type* complex = nullptr;
  Type* str = nullptr;
  Type* list = nullptr;
  Type* tuple = nullptr;
  Type* dict = nullptr;
  Type* set = nullptr;
  Type* dict_keys = nullptr;
  Type* dict_values = nullptr;
  Type* dict_items = nullptr;
  Type* frozenset = nullptr;
  Type* range = nullptr;
  Type* slice = nullptr;
  Type* function = nullptr;
  Type* builtin_function = nullptr;
  Type* bound_method = nullptr;
  Type* code = nullptr;
  Type* cell = nullptr;
  Type* property = nullptr;
  Type* classmethod = nullptr;
  Type* staticmethod = nullptr;
  Type* super = nullptr;
  Type* enumerate = nullptr;
  Type* zip = nullptr;
  Type* map = nullptr;
  Type* filter = nullptr;
  Type* reversed = nullptr;
  Type* callable_iterator = nullptr;
  Type* iterator = nullptr;  // iteration through __getitem__: objects/getitem_iterator.h
  Type* member_descriptor = nullptr;  // objects/slots.cpp
  Type* method = nullptr;    // what type() says of a Python function bound to an object: objects/class_extras.cpp
  Type* generator = nullptr;
  Type* coroutine = nullptr;
  Type* generic_alias = nullptr;
  Type* module = nullptr;
  Type* range_iterator = nullptr;
  Type* list_iterator = nullptr;
  Type* str_iterator = nullptr;
  Type* bytes = nullptr;
  Type* bytearray = nullptr;
  Type* memoryview = nullptr;
  Type* bytes_iterator = nullptr;
  Type* bytearray_iterator = nullptr;
#define SAESSAK_DECLARE_EXCEPTION(name, base) Type* name = nullptr;
  SAESSAK_EXCEPTION_TYPES(SAESSAK_DECLARE_EXCEPTION)
#undef SAESSAK_DECLARE_EXCEPTION
};

}  // namespace saessak
