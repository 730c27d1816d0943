#include "objects/set_table.h"

#include <utility>

namespace saessak {

namespace {

constexpr int64_t kDummyHash = -1;

// All probe arithmetic is on 64-bit unsigned values, as on a 64-bit CPython, so wasm32 (32-bit
// size_t) visits the same slots.
uint64_t next_probe(uint64_t i, uint64_t& perturb, uint64_t mask) {
  perturb >>= SetTable::kPerturbShift;
  return (i * 5 + 1 + perturb) & mask;
}

// How many slots after `i` a probe also looks at before jumping.
uint64_t linear_run(uint64_t i, uint64_t mask) {
  return i + SetTable::kLinearProbes <= mask ? SetTable::kLinearProbes : 0;
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

}  // namespace

int SetTable::contains(Value key, int64_t hash, KeyEquality eq) {
  while (true) {  // starts again when a comparison changed the table
    const uint64_t mask = this->mask();
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & mask;
    bool changed = false;
    while (!changed) {
      const uint64_t last = i + linear_run(i, mask);
      for (uint64_t j = i; j <= last; ++j) {
        const SetSlot& slot = slots_[j];
        if (!slot.active()) {
          if (slot.hash == 0) return 0;  // a never-used slot ends the chain; dummies do not
          continue;
        }
        if (slot.hash != hash) continue;
        if (slot.key == key) return 1;
        const Value stored = slot.key;
        const uint64_t version = version_;
        int equal = eq(stored, key);
        if (equal < 0) return -1;
        if (version != version_ || !(slots_[j].key == stored)) {
          changed = true;
          break;
        }
        if (equal > 0) return 1;
      }
      if (!changed) i = next_probe(i, perturb, mask);
    }
  }
}

bool SetTable::add(Value key, int64_t hash, KeyEquality eq) {
  while (true) {  // starts again when a comparison changed the table
    const uint64_t mask = this->mask();
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & mask;
    int64_t free_slot = -1;  // the last dummy seen on the way, as CPython 3.11 picks
    bool changed = false;
    while (!changed) {
      const uint64_t last = i + linear_run(i, mask);
      for (uint64_t j = i; j <= last; ++j) {
        SetSlot& slot = slots_[j];
        if (!slot.active()) {
          if (slot.hash == kDummyHash) {
            free_slot = static_cast<int64_t>(j);
            continue;
          }
          // A never-used slot: the key is absent.
          ++used_;
          if (free_slot >= 0) {
            slots_[free_slot] = {key, hash};
            return true;
          }
          slot = {key, hash};
          ++fill_;
          maybe_grow_after_fill();
          return true;
        }
        if (slot.hash != hash) continue;
        if (slot.key == key) return true;
        const Value stored = slot.key;
        const uint64_t version = version_;
        int equal = eq(stored, key);
        if (equal > 0) return true;
        if (equal < 0) return false;
        if (version != version_ || !(slots_[j].key == stored)) {
          changed = true;
          break;
        }
      }
      if (!changed) i = next_probe(i, perturb, mask);
    }
  }
}

void SetTable::maybe_grow_after_fill() {
  if (fill_ * 5 < mask() * 3) return;
  resize(used_ > 50000 ? used_ * 2 : used_ * 4);
}

int SetTable::discard(Value key, int64_t hash, KeyEquality eq) {
  while (true) {  // starts again when a comparison changed the table
    const uint64_t mask = this->mask();
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & mask;
    bool changed = false;
    while (!changed) {
      const uint64_t last = i + linear_run(i, mask);
      for (uint64_t j = i; j <= last; ++j) {
        SetSlot& slot = slots_[j];
        if (!slot.active()) {
          if (slot.hash == 0) return 0;
          continue;
        }
        if (slot.hash != hash) continue;
        bool equal = slot.key == key;
        if (!equal) {
          const Value stored = slot.key;
          const uint64_t version = version_;
          int r = eq(stored, key);
          if (r < 0) return -1;
          if (version != version_ || !(slots_[j].key == stored)) {
            changed = true;
            break;
          }
          equal = r > 0;
        }
        if (equal) {
          slots_[j] = {Value::null(), kDummyHash};
          --used_;
          return 1;
        }
      }
      if (!changed) i = next_probe(i, perturb, mask);
    }
  }
}

Value SetTable::pop() {
  const size_t mask = this->mask();
  size_t i = finger_ & mask;
  while (!slots_[i].active()) i = i == mask ? 0 : i + 1;
  Value key = slots_[i].key;
  slots_[i] = {Value::null(), kDummyHash};
  --used_;
  finger_ = i + 1;
  return key;
}

void SetTable::clear() {
  slots_.assign(kMinSize, SetSlot{});
  slots_.shrink_to_fit();
  fill_ = used_ = 0;
  ++version_;
}

void SetTable::insert_clean(std::vector<SetSlot>& slots, Value key, int64_t hash) {
  const uint64_t mask = slots.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  while (true) {
    const uint64_t last = i + linear_run(i, mask);
    for (uint64_t j = i; j <= last; ++j) {
      if (slots[j].key.is_null()) {
        slots[j] = {key, hash};
        return;
      }
    }
    i = next_probe(i, perturb, mask);
  }
}

void SetTable::resize(size_t min_used) {
  size_t new_size = kMinSize;
  while (new_size <= min_used) new_size <<= 1;
  // An 8-slot table without dummies that stays at 8 slots is left as it is.
  if (new_size == kMinSize && slots_.size() == kMinSize && fill_ == used_) return;
  std::vector<SetSlot> fresh(new_size);
  // Only live keys move, in old slot order; a fresh table has no dummies, so every slot found
  // empty is a never-used one.
  for (const SetSlot& slot : slots_)
    if (slot.active()) insert_clean(fresh, slot.key, slot.hash);
  slots_ = std::move(fresh);
  fill_ = used_;
  ++version_;
}

void SetTable::purge_dummies_if_many() {
  if (fill_ - used_ <= mask() / 4) return;
  resize(used_ > 50000 ? used_ * 2 : used_ * 4);
}

void SetTable::prepare_for(size_t incoming) {
  if ((fill_ + incoming) * 5 >= mask() * 3) resize((used_ + incoming) * 2);
}

bool SetTable::merge(const SetTable& other, KeyEquality eq) {
  if (&other == this || other.used_ == 0) return true;
  prepare_for(other.used_);
  if (fill_ == 0 && mask() == other.mask() && other.fill_ == other.used_) {
    // Same size, nothing here, no dummies there: the layout can be copied slot for slot.
    slots_ = other.slots_;
    fill_ = other.fill_;
    used_ = other.used_;
    ++version_;
    return true;
  }
  if (fill_ == 0) {
    // Nothing here, so no key can be a duplicate: place them without comparisons.
    for (const SetSlot& slot : other.slots_)
      if (slot.active()) insert_clean(slots_, slot.key, slot.hash);
    fill_ = used_ = other.used_;
    return true;
  }
  // Overlap is possible: normal insertions, in other's slot order. Indexes, not iterators:
  // a comparison may (one day) run code that changes either table.
  for (size_t i = 0; i < other.slots_.size(); ++i) {
    const SetSlot slot = other.slots_[i];
    if (slot.active() && !add(slot.key, slot.hash, eq)) return false;
  }
  return true;
}

void SetTable::swap_contents(SetTable& other) {
  std::swap(slots_, other.slots_);
  std::swap(fill_, other.fill_);
  std::swap(used_, other.used_);
  ++version_;
  ++other.version_;
}

int64_t SetTable::frozenset_hash() const {
  // Every slot contributes, empty (hash 0) and dummy (hash -1) ones too; an even number of
  // equal terms cancels under xor, so the odd leftovers are removed afterwards.
  uint64_t h = 0;
  for (const SetSlot& slot : slots_) h ^= shuffle_bits(static_cast<uint64_t>(slot.hash));
  if ((slots_.size() - fill_) & 1) h ^= shuffle_bits(0);
  if ((fill_ - used_) & 1) h ^= shuffle_bits(static_cast<uint64_t>(kDummyHash));
  h ^= (static_cast<uint64_t>(used_) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  int64_t result = static_cast<int64_t>(h);
  return result == -1 ? 590923713 : result;
}

}  // namespace saessak
