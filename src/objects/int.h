// `int` beyond the 48-bit small ints: a heap object holding a BigInt. Every int has one
// representation: values that fit in a small int are never big (see make_int).
#pragma once

#include "objects/bigint.h"
#include "objects/heap.h"

namespace saessak {

struct BigIntObject final : Object {
  BigIntObject(Type* type, BigInt value) : Object(type), value(std::move(value)) {}
  size_t external_bytes() const override { return value.limbs().size() * sizeof(uint32_t); }
  BigInt value;
};

// The only heap objects of type int are big ints.
inline bool is_big_int(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::BigInt; }
inline const BigInt& big_of(Value v) { return static_cast<BigIntObject*>(v.as_object())->value; }
// Any int: small, big, or bool (a subclass of int).
inline bool is_integer(Value v) { return v.is_int() || v.is_bool() || is_big_int(v); }
BigInt to_bigint(Value v);  // precondition: is_integer(v)
// The Value for an integer: small when it fits, big otherwise.
Value make_int(VM& vm, BigInt value);
// Maps a BigInt failure to CPython's exception for `op` ("//", "%", "/", "**", "<<", ...).
Value raise_bigint_error(VM& vm, BigIntError error, const char* context);
// CPython 3.11 refuses decimal conversions of ints over 4300 digits.
inline constexpr size_t kMaxStrDigits = 4300;

}  // namespace saessak
