// The number protocols shared by the built-ins: what `x.__index__()` means for any value.
#pragma once

#include "objects/object.h"

namespace saessak {

// The int a value stands for where CPython calls __index__ (list[i], slices, range(), bin(),
// operator.index, int()): an int or bool as it is, an int subclass instance's plain value, or
// the result of its class's __index__. Null (nothing pending) when the value has no
// __index__; error with TypeError pending when __index__ returns a non-int.
[[nodiscard]] Value index_value(VM& vm, Value v);

}  // namespace saessak
