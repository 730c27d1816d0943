// The hash table behind `set` and `frozenset`.
//
// Python never promises an order for sets, but every program prints one, and CPython is our
// oracle: `print({3, 1, 2})` must show `{1, 2, 3}`. So this table follows CPython 3.11's
// Objects/setobject.c in everything that decides where a key lands and when the table is
// rebuilt; iteration is then simply slot order.
//
//   * an open-addressing array of 2^k slots (k >= 3), each slot a key and its hash;
//   * a probe looks at slot `hash & mask` and the 9 slots after it (when they fit before the
//     end), then jumps: perturb >>= 5; i = (i * 5 + 1 + perturb) & mask;
//   * a deleted key leaves a *dummy* so probe chains stay intact; `fill` counts live keys plus
//     dummies, `used` only live keys;
//   * a new key that lands on a never-used slot may trigger a rebuild when fill*5 >= mask*3, to
//     the smallest power of two > used*4 (used*2 past 50,000 keys); a rebuild drops dummies and
//     reinserts keys in old slot order;
//   * pop() walks from a finger that remembers where the last pop stopped.
//
// Slot encoding: an empty slot has a null key and hash 0; a dummy has a null key and hash -1
// (no real hash is -1: CPython reserves it for errors, and so do we).
//
// The table knows nothing of the VM: key equality is a callback (it may fail, and later may run
// Python code), so the table can be tested on its own (tests/unit/set_table_test.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "objects/value.h"

namespace saessak {

struct SetSlot {
  Value key;  // null when empty or dummy
  int64_t hash = 0;
  bool active() const { return !key.is_null(); }
  bool dummy() const { return key.is_null() && hash == -1; }
};

// Compares a stored key with a probe key of the same hash (never the same bits): 1 equal,
// 0 different, -1 error (exception pending in whatever `context` is).
struct KeyEquality {
  int (*compare)(void* context, Value stored, Value key) = nullptr;
  void* context = nullptr;
  int operator()(Value stored, Value key) const { return compare ? compare(context, stored, key) : 0; }
};

class SetTable {
 public:
  static constexpr size_t kMinSize = 8;      // PySet_MINSIZE
  static constexpr size_t kLinearProbes = 9;  // LINEAR_PROBES
  static constexpr int kPerturbShift = 5;     // PERTURB_SHIFT

  SetTable() : slots_(kMinSize) {}

  size_t size() const { return used_; }
  size_t fill() const { return fill_; }
  size_t mask() const { return slots_.size() - 1; }
  const std::vector<SetSlot>& slots() const { return slots_; }
  size_t finger() const { return finger_; }

  // 1 present, 0 absent, -1 when the comparison failed.
  [[nodiscard]] int contains(Value key, int64_t hash, KeyEquality eq);
  // Adds `key` unless an equal key is present. False when a comparison failed.
  [[nodiscard]] bool add(Value key, int64_t hash, KeyEquality eq);
  // 1 removed (leaving a dummy), 0 absent, -1 when a comparison failed.
  [[nodiscard]] int discard(Value key, int64_t hash, KeyEquality eq);
  // Removes and returns the key at or after the finger. The table must not be empty.
  Value pop();
  // Back to an empty 8-slot table (the finger stays, as in CPython).
  void clear();
  // Rebuilds into the smallest power-of-two table (at least 8) larger than `min_used`.
  void resize(size_t min_used);
  // The rebuild after a size-reducing operation: when more than a quarter of the slots are
  // dummies, resize to used*4 (used*2 past 50,000 keys).
  void purge_dummies_if_many();
  // The "one big resize" done before adding `incoming` keys in bulk (set_merge, dict update).
  void prepare_for(size_t incoming);
  // Adds every key of `other` (set_merge): copies the slots as they are when this table is
  // empty, has the same size and `other` has no dummies; reinserts without comparisons when
  // this table is empty; otherwise adds one by one. False when a comparison failed.
  [[nodiscard]] bool merge(const SetTable& other, KeyEquality eq);
  // Exchanges contents with `other`, but not the pop finger (set_swap_bodies).
  void swap_contents(SetTable& other);
  // Steps through live slots in table order: start with pos = 0.
  bool next(size_t& pos, SetSlot& out) const {
    while (pos < slots_.size()) {
      const SetSlot& s = slots_[pos++];
      if (s.active()) {
        out = s;
        return true;
      }
    }
    return false;
  }
  // frozenset's hash, computed over every slot as CPython does (the empty and dummy slots'
  // terms cancel out, so only the keys matter).
  int64_t frozenset_hash() const;

 private:
  static void insert_clean(std::vector<SetSlot>& slots, Value key, int64_t hash);
  void maybe_grow_after_fill();

  std::vector<SetSlot> slots_;
  size_t fill_ = 0;
  size_t used_ = 0;
  size_t finger_ = 0;
  // Bumped whenever slots_ is replaced or cleared, so a probe whose comparison changed the
  // table (possible once `__eq__` can run Python code) knows to start again.
  uint64_t version_ = 0;
};

}  // namespace saessak
