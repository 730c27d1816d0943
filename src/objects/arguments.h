// Argument checks for native functions, with CPython's messages.
#pragma once

#include <string>

#include "objects/object.h"

namespace saessak {

// "len() takes no keyword arguments"
[[nodiscard]] bool check_no_keywords(VM& vm, CallArgs args, std::string_view name);
// "len() takes exactly one argument (0 given)"; `skip` leading values (a method's self) are
// not counted.
[[nodiscard]] bool check_exactly_one(VM& vm, CallArgs args, std::string_view name, int skip = 0);
// "list.pop() takes no arguments (1 given)"
[[nodiscard]] bool check_none(VM& vm, CallArgs args, std::string_view name, int skip = 0);
// "range expected at least 1 argument, got 0" / "... at most 3 arguments, got 4"
[[nodiscard]] bool check_between(VM& vm, CallArgs args, std::string_view name, int min, int max, int skip = 0);
// Finds a keyword argument by name; Value::null() when absent.
Value keyword_argument(CallArgs args, std::string_view name);
// Rejects keyword arguments not in `allowed`: "'x' is an invalid keyword argument for print()".
[[nodiscard]] bool check_keywords(VM& vm, CallArgs args, std::string_view name,
                                  std::initializer_list<std::string_view> allowed);

}  // namespace saessak
