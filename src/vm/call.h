// Binding a call's arguments to a Python function's parameters, with CPython's rules and
// messages: defaults, keyword arguments, positional-only and keyword-only parameters,
// *args and **kwargs.
#pragma once

#include <vector>

#include "objects/function.h"

namespace saessak {

// Fills `slots` (one per parameter, in co_varnames order) from `count` positional values
// followed by one value per name in `kwnames`. False with TypeError pending on a mismatch.
[[nodiscard]] bool bind_arguments(VM& vm, Function* function, const Value* values, uint32_t count, Tuple* kwnames,
                                  std::vector<Value>& slots);

}  // namespace saessak
