// `complex`: a pair of doubles on the heap, with CPython 3.11's arithmetic, repr, hash and
// constructor. The protocols (protocols.cpp) call in here when either operand is complex;
// formatting with a spec lives with the other format specs in format.cpp.
#pragma once

#include <string>

#include "objects/object.h"
#include "objects/operators.h"

namespace saessak {

struct ComplexObject final : Object {
  ComplexObject(Type* type, double real, double imag) : Object(type), real(real), imag(imag) {}
  double real;
  double imag;
};

inline bool is_complex(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Complex; }
inline ComplexObject* as_complex(Value v) { return static_cast<ComplexObject*>(v.as_object()); }
[[nodiscard]] Value make_complex(VM& vm, double real, double imag);

// repr(complex): `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`.
std::string complex_repr_text(double real, double imag);
// hash(complex(r, i)) == hash(r) + 1000003 * hash(i), so hash(1+0j) == hash(1).
int64_t complex_hash(double real, double imag);
// a <op> b when either side is complex and the other an int, bool, float or complex;
// NotImplemented for other operands and for //, %, bit operators.
[[nodiscard]] Value complex_binary(VM& vm, BinaryOp op, Value a, Value b);
// a == b with a complex on either side: a bool (False for non-numbers).
[[nodiscard]] Value complex_equal(VM& vm, Value a, Value b);
[[nodiscard]] Value complex_abs(VM& vm, Value v);
// An argument of a cmath function as a complex: complex, __complex__, or a real number
// (__float__, __index__). False with TypeError "must be real number, not str" pending.
[[nodiscard]] bool complex_arg(VM& vm, Value v, double& real, double& imag);

void install_complex_type(VM& vm);

}  // namespace saessak
