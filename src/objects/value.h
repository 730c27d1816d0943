// A Python value in one 8-byte word (NaN-boxing). See src/objects/NOTES.md.
//
//   63      48 47                                              0
//   +---------+------------------------------------------------+
//   |  tag16  |                  payload (48 bits)             |
//   +---------+------------------------------------------------+
//
//   tag16 < 0xFFF9            an IEEE-754 double, stored as is (NaNs are canonicalised
//                             to 0x7FF8000000000000 so they never reach the tagged space)
//   0xFFF9                    pointer to a heap Object (48 bits is enough for x86-64 and wasm32)
//   0xFFFA                    small int, 48-bit two's complement: [-2^47, 2^47 - 1]
//   0xFFFB                    bool: payload 0 or 1
//   0xFFFC                    None
//   0xFFFD                    NotImplemented (payload 0), Ellipsis (payload 1)
//   0xFFFE                    internal markers never seen by Python code: Null (an unbound
//                             local, an empty slot), Error (an exception is pending in the VM),
//                             Suspend (a native function asked the VM to pause)
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace saessak {

struct Object;

class Value {
 public:
  static constexpr uint64_t kTagShift = 48;
  static constexpr uint64_t kPayloadMask = (uint64_t{1} << kTagShift) - 1;
  static constexpr uint64_t kFirstTag = 0xFFF9;
  static constexpr uint64_t kObjectTag = 0xFFF9;
  static constexpr uint64_t kIntTag = 0xFFFA;
  static constexpr uint64_t kBoolTag = 0xFFFB;
  static constexpr uint64_t kNoneTag = 0xFFFC;
  static constexpr uint64_t kSingletonTag = 0xFFFD;
  static constexpr uint64_t kMarkerTag = 0xFFFE;
  static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ull;

  static constexpr int64_t kMaxSmallInt = (int64_t{1} << 47) - 1;
  static constexpr int64_t kMinSmallInt = -(int64_t{1} << 47);

  constexpr Value() : bits_(tagged(kMarkerTag, 0)) {}  // Null

  static Value from_double(double d) {
    if (d != d) return Value(kCanonicalNaN);
    return Value(std::bit_cast<uint64_t>(d));
  }
  static constexpr bool fits_small_int(int64_t i) { return i >= kMinSmallInt && i <= kMaxSmallInt; }
  // Precondition: fits_small_int(i).
  static constexpr Value from_int(int64_t i) {
    return Value(tagged(kIntTag, static_cast<uint64_t>(i) & kPayloadMask));
  }
  static Value from_object(const Object* o) {
    return Value(tagged(kObjectTag, static_cast<uint64_t>(reinterpret_cast<uintptr_t>(o))));
  }
  static constexpr Value from_bool(bool b) { return Value(tagged(kBoolTag, b ? 1 : 0)); }
  static constexpr Value none() { return Value(tagged(kNoneTag, 0)); }
  static constexpr Value not_implemented() { return Value(tagged(kSingletonTag, 0)); }
  static constexpr Value ellipsis() { return Value(tagged(kSingletonTag, 1)); }
  static constexpr Value null() { return Value(tagged(kMarkerTag, 0)); }
  static constexpr Value error() { return Value(tagged(kMarkerTag, 1)); }
  static constexpr Value suspend() { return Value(tagged(kMarkerTag, 2)); }

  constexpr uint64_t bits() const { return bits_; }
  constexpr uint64_t tag() const { return bits_ >> kTagShift; }

  constexpr bool is_double() const { return tag() < kFirstTag; }
  constexpr bool is_int() const { return tag() == kIntTag; }
  constexpr bool is_object() const { return tag() == kObjectTag; }
  constexpr bool is_bool() const { return tag() == kBoolTag; }
  constexpr bool is_none() const { return bits_ == none().bits_; }
  constexpr bool is_null() const { return bits_ == null().bits_; }
  constexpr bool is_error() const { return bits_ == error().bits_; }
  constexpr bool is_suspend() const { return bits_ == suspend().bits_; }
  // Error or Suspend: the VM must look before using the value.
  constexpr bool is_abnormal() const { return bits_ == error().bits_ || bits_ == suspend().bits_; }
  constexpr bool is_true() const { return bits_ == from_bool(true).bits_; }

  double as_double() const { return std::bit_cast<double>(bits_); }
  constexpr int64_t as_int() const {
    // Sign-extend the 48-bit payload.
    return static_cast<int64_t>(bits_ << (64 - kTagShift)) >> (64 - kTagShift);
  }
  constexpr bool as_bool() const { return (bits_ & 1) != 0; }
  Object* as_object() const {
    return reinterpret_cast<Object*>(static_cast<uintptr_t>(bits_ & kPayloadMask));
  }

  constexpr bool operator==(const Value& other) const { return bits_ == other.bits_; }  // identity

 private:
  constexpr explicit Value(uint64_t bits) : bits_(bits) {}
  static constexpr uint64_t tagged(uint64_t tag, uint64_t payload) { return (tag << kTagShift) | payload; }
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8, "a Value is one 8-byte word");
static_assert(Value::from_int(-1).as_int() == -1);
static_assert(Value::from_int(Value::kMinSmallInt).as_int() == Value::kMinSmallInt);
static_assert(Value::from_int(Value::kMaxSmallInt).as_int() == Value::kMaxSmallInt);
static_assert(!Value::from_int(0).is_double());
static_assert(Value::none().tag() == Value::kNoneTag);

}  // namespace saessak
