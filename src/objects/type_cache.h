// A process-wide cache of attribute lookups on types: (type, interned name) -> what the walk
// along the MRO finds. Every attribute access, method call and dunder check walks the MRO and
// probes one dict per class; with the cache a repeated lookup is one probe of a fixed table.
//
// Invalidation is by a global epoch rather than per-type versions: an entry is valid only while
// the epoch it was stored under is current, and the epoch moves on whenever anything a cached walk
// depended on may have changed — a dict that was walked (marked `watched_by_type_cache`) is
// mutated, a type's MRO is set, or a type is destroyed (its address could be reused). Mutating a
// class attribute in a loop therefore costs a cache refill, never a wrong answer.
#pragma once

#include <cstddef>
#include <cstdint>

#include "objects/value.h"

namespace saessak {

struct Type;
struct Str;

namespace type_cache {

inline uint64_t epoch = 1;
inline void invalidate() { ++epoch; }

// What a walk looks for: the whole MRO, or only the classes defined in Python up to the first
// built-in one (lookup_python_dunder).
enum class Walk : uint8_t { WholeMro, PythonClassesOnly };

struct Entry {
  const Type* type = nullptr;
  const Str* name = nullptr;
  uint64_t epoch = 0;
  Walk walk = Walk::WholeMro;
  Value value;
};

constexpr size_t kEntries = 4096;  // a power of two
inline Entry entries[kEntries];

inline Entry& slot_for(const Type* type, const Str* name, Walk walk) {
  uint64_t h = (reinterpret_cast<uintptr_t>(type) ^ (reinterpret_cast<uintptr_t>(name) << 1) ^
                static_cast<uint64_t>(walk)) * 0x9E3779B97F4A7C15ull;
  return entries[h >> 52];  // the top 12 bits: kEntries == 4096
}

}  // namespace type_cache
}  // namespace saessak
