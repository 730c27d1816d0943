// Binary and comparison operators, shared by the compiler (as instruction arguments) and
// the VM.
#pragma once

#include <cstdint>

namespace saessak {

#define SAESSAK_BINARY_OPS(X) \
  X(Add, "+", "__add__")     \
  X(Sub, "-", "__sub__")     \
  X(Mul, "*", "__mul__")     \
  X(TrueDiv, "/", "__truediv__") \
  X(FloorDiv, "//", "__floordiv__") \
  X(Mod, "%", "__mod__")     \
  X(Pow, "**", "__pow__")    \
  X(MatMul, "@", "__matmul__") \
  X(LShift, "<<", "__lshift__") \
  X(RShift, ">>", "__rshift__") \
  X(BitAnd, "&", "__and__")  \
  X(BitOr, "|", "__or__")    \
  X(BitXor, "^", "__xor__")

enum class BinaryOp : uint8_t {
#define SAESSAK_BINARY_ENUM(name, symbol, dunder) name,
  SAESSAK_BINARY_OPS(SAESSAK_BINARY_ENUM)
#undef SAESSAK_BINARY_ENUM
};

inline constexpr const char* kBinaryOpSymbols[] = {
#define SAESSAK_BINARY_SYMBOL(name, symbol, dunder) symbol,
    SAESSAK_BINARY_OPS(SAESSAK_BINARY_SYMBOL)
#undef SAESSAK_BINARY_SYMBOL
};

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge, Is, IsNot, In, NotIn };
inline constexpr const char* kCompareOpSymbols[] = {"<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"};

}  // namespace saessak
