// Argument conversions shared by the C++ modules math, random and time, with CPython's
// messages, and a binder for methods that CPython writes in Python (random.Random's).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>

#include "objects/bigint.h"
#include "objects/object.h"

namespace saessak {

// float(x) for a real number (int, bool, float, or an object with __float__ / __index__):
// TypeError "must be real number, not str"; OverflowError for ints beyond a float.
[[nodiscard]] bool real_arg(VM& vm, Value v, double& out);
// operator.index(x) as a BigInt: TypeError "'float' object cannot be interpreted as an integer".
[[nodiscard]] bool index_arg(VM& vm, Value v, BigInt& out);
// A Value for a double (a Python float).
inline Value float_value(double d) { return Value::from_double(d); }

// One parameter of a function CPython defines in Python: `required` when it has no default.
struct Param {
  const char* name;
  Value default_value = Value::null();  // null: required
  bool keyword_only = false;
};
// Binds `args` (args[0] is self when `has_self`) to `params` like a Python function call,
// with CPython's messages ("Random.randint() missing 1 required positional argument: 'b'").
[[nodiscard]] bool bind_python_args(VM& vm, CallArgs args, const std::string& qualname, bool has_self,
                                    std::initializer_list<Param> params, Value* out);

}  // namespace saessak
