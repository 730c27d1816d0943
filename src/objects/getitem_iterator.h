// The old sequence protocol: a class with __getitem__ but no __iter__ is still iterable
// (CPython's `iterator` type asks for items 0, 1, 2, ... until IndexError or StopIteration).
#pragma once

#include "objects/value.h"

namespace saessak {

class VM;

// An iterator calling `sequence.__getitem__(0)`, `(1)`, ...
[[nodiscard]] Value make_getitem_iterator(VM& vm, Value sequence);
// Whether `v` is an iterator object that iterator_next understands (built-in or Python).
bool is_iterator_object(VM& vm, Value v);
void install_getitem_iterator(VM& vm);

}  // namespace saessak
