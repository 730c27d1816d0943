// A precise, non-moving mark-and-sweep collector. See src/objects/NOTES.md.
//
// Collection happens only at VM safepoints (calls and backward jumps), never inside a native
// function, so native code may hold raw pointers to fresh objects until it returns. Roots are
// what the VM reports: its value stack, its frames, modules, the type registry and the
// pending exception.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>
#include <vector>

#include "objects/object.h"

namespace saessak {

class Tracer {
 public:
  void mark(Value v) {
    if (v.is_object()) mark(v.as_object());
  }
  void mark(Object* o) {
    if (o && !o->gc_marked) {
      o->gc_marked = true;
      gray_.push_back(o);
    }
  }
  // Traces until every reachable object is marked; iterative, so deep structures cannot
  // overflow the C++ stack.
  void drain() {
    while (!gray_.empty()) {
      Object* o = gray_.back();
      gray_.pop_back();
      o->trace(*this);
    }
  }

 private:
  std::vector<Object*> gray_;
};

// Small objects come from size-class pools: free lists of 16-byte-granular cells carved from
// 64 KiB chunks. A collection frees thousands of objects at once, and the general-purpose
// allocator was spending more on those frees (and on consolidating them) than the program spent
// computing; a pool makes both allocation and freeing a few instructions. Memory stays with the
// pool for reuse. Under AddressSanitizer objects use plain new/delete, so use-after-free of a
// collected object is still caught.
class Heap {
 public:
  Heap() = default;
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(alignof(T) <= kGranule, "pool cells are 16-byte aligned");
    uint8_t size_class = size_class_for(sizeof(T));
    void* memory = size_class ? allocate_cell(size_class) : ::operator new(sizeof(T));
    T* object = new (memory) T(std::forward<Args>(args)...);
    object->size_class = size_class;
    object->gc_next = all_;
    all_ = object;
    allocated_since_collection_ += sizeof(T);
    ++object_count_;
    return object;
  }
  // Lets containers report growth of their out-of-line storage.
  void note_allocation(size_t bytes) { allocated_since_collection_ += bytes; }

  bool wants_collection() const { return allocated_since_collection_ >= threshold_; }
  // Call with every root already marked in `tracer`; frees what stays unmarked.
  // With `wants_finalizer`: unreachable objects it picks (not finalized before) are kept for
  // this round, with all they reach, and listed in `finalize` so the VM can run their __del__.
  void collect(Tracer& tracer, bool (*wants_finalizer)(Object*, void*) = nullptr, void* context = nullptr,
               std::vector<Object*>* finalize = nullptr);
  size_t object_count() const { return object_count_; }

 private:
  static constexpr size_t kGranule = 16;
  static constexpr size_t kClasses = 17;  // class c holds cells of c * 16 bytes; 1..16 (up to 256 bytes)
  static constexpr size_t kChunkBytes = 64 * 1024;

  static uint8_t size_class_for(size_t bytes) {
#if defined(__SANITIZE_ADDRESS__)
    (void)bytes;
    return 0;
#else
    size_t c = (bytes + kGranule - 1) / kGranule;
    return c < kClasses ? static_cast<uint8_t>(c) : 0;
#endif
  }
  struct FreeCell {
    FreeCell* next;
  };
  void* allocate_cell(uint8_t size_class) {
    if (FreeCell* cell = free_[size_class]) {
      free_[size_class] = cell->next;
      return cell;
    }
    size_t bytes = size_class * kGranule;
    if (bump_[size_class] + bytes > bump_end_[size_class]) new_chunk(size_class);
    void* cell = bump_[size_class];
    bump_[size_class] += bytes;
    return cell;
  }
  void new_chunk(uint8_t size_class);
  void release(Object* object);

  Object* all_ = nullptr;
  size_t allocated_since_collection_ = 0;
  size_t threshold_ = 2u << 20;
  size_t object_count_ = 0;
  FreeCell* free_[kClasses] = {};
  char* bump_[kClasses] = {};
  char* bump_end_[kClasses] = {};
  std::vector<void*> chunks_;
};

}  // namespace saessak
