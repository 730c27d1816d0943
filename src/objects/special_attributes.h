// The attributes every object, function and method has without a __dict__ entry:
// __class__, __name__, __qualname__, __doc__, __defaults__, __self__, __func__, ...
#pragma once

#include "objects/value.h"

namespace saessak {

class VM;
struct Str;

// The special attribute `name` of `object`, or Value::null() when it has none of that name.
[[nodiscard]] Value special_attribute(VM& vm, Value object, Str* name);
// Sets an attribute on a function (its __dict__); false with AttributeError otherwise.
[[nodiscard]] bool set_function_attribute(VM& vm, Value function, Str* name, Value value);

}  // namespace saessak
