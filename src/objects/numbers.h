// Arithmetic on `int` (small ints inline, big ints through objects/int.h) and
// `float`, with CPython's results and error messages.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "objects/operators.h"
#include "objects/value.h"

namespace saessak {

class VM;

// NotImplemented for operators ints do not support.
[[nodiscard]] Value int_binary(VM& vm, BinaryOp op, int64_t a, int64_t b);
[[nodiscard]] Value float_binary(VM& vm, BinaryOp op, double a, double b);
// An int Value: small when it fits, otherwise a big int on the heap.
[[nodiscard]] Value make_int(VM& vm, int64_t value);
// Arithmetic between any two ints (small, big or bool).
[[nodiscard]] Value int_binary_values(VM& vm, BinaryOp op, Value a, Value b);
[[nodiscard]] Value make_int_from_double(VM& vm, double value);  // int(3.9) == 3

std::string int_to_string(int64_t value);
std::string float_repr(double value);
// Parses `int(text, 10)` as CPython does (whitespace, sign, underscores); nullopt on bad text.
std::optional<int64_t> parse_int(std::string_view text, bool& too_big);
std::optional<double> parse_float(std::string_view text);
int64_t hash_int(int64_t value);
// pow(base, exp, mod) for ints.
[[nodiscard]] Value pow_mod(VM& vm, Value base, Value exp, Value mod);
// bin/oct/hex of a non-small int (a TypeError for non-ints).
[[nodiscard]] Value int_radix(VM& vm, Value v, int base, const char* name);
int64_t hash_float(double value);

}  // namespace saessak
