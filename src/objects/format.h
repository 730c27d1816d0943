// Python's string formatting, as CPython 3.11 does it:
//   - format.cpp      the format-spec mini-language: `format(value, spec)`, `{:spec}` fields;
//   - str_format.cpp  `'...'.format(...)`, `'...'.format_map(m)` and printf-style `'...' % args`.
//
// The format-spec grammar (https://docs.python.org/3.11/library/string.html#formatspec):
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// Width, precision and alignment count code points, as CPython does ('한' is one column here,
// though a terminal draws it two wide). Floats are rendered from `std::to_chars`, which rounds
// correctly, so every digit matches CPython's dtoa-based `PyOS_double_to_string`.
// Nothing here uses <format> (it bloats the wasm build) or `std::from_chars` for doubles.
#pragma once

#include <string>
#include <string_view>

#include "objects/object.h"

namespace saessak {

class VM;

// `format(value, spec)`: appends the UTF-8 text to `out`. False with the exception pending
// (ValueError for a bad spec, TypeError for a spec given to a type that takes none).
[[nodiscard]] bool format_value(VM& vm, Value value, std::string_view spec, std::string& out);

// CPython's PyOS_double_to_string: `type` is one of e E f F g G, or 'r' for repr's shortest
// digits. `add_dot_0` is the rule of the type-less spec ('g' that keeps one digit after the
// point); `no_neg_0` is the 'z' flag. No sign is added for positive values.
std::string format_double(double value, char type, int precision, bool alternate, bool add_dot_0,
                          bool no_neg_0);

// Natives (see the report for where they are wired in).
[[nodiscard]] Value builtin_format(VM& vm, CallArgs args);       // format(value, spec='', /)
[[nodiscard]] Value builtin_ascii(VM& vm, CallArgs args);        // ascii(obj, /), via ascii_of (protocols.h)
[[nodiscard]] Value str_format(VM& vm, CallArgs args);           // str.format(self, *args, **kwargs)
[[nodiscard]] Value str_format_map(VM& vm, CallArgs args);       // str.format_map(self, mapping)
// `format_string % args` for a str on the left (printf-style formatting).
[[nodiscard]] Value str_percent_format(VM& vm, Value format_string, Value args);

}  // namespace saessak
