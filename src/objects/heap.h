// A precise, non-moving mark-and-sweep collector. See src/objects/NOTES.md.
//
// Collection happens only at VM safepoints (calls and backward jumps), never inside a native
// function, so native code may hold raw pointers to fresh objects until it returns. Roots are
// what the VM reports: its value stack, its frames, modules, the type registry and the
// pending exception.
#pragma once

#include <cstddef>
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

class Heap {
 public:
  Heap() = default;
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  template <class T, class... Args>
  T* make(Args&&... args) {
    T* object = new T(std::forward<Args>(args)...);
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
  Object* all_ = nullptr;
  size_t allocated_since_collection_ = 0;
  size_t threshold_ = 8u << 20;
  size_t object_count_ = 0;
};

}  // namespace saessak
