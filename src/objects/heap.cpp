#include "objects/heap.h"

namespace saessak {

Heap::~Heap() {
  Object* o = all_;
  while (o) {
    Object* next = o->gc_next;
    release(o);
    o = next;
  }
  for (void* chunk : chunks_) ::operator delete(chunk, std::align_val_t{kGranule});
}

void Heap::new_chunk(uint8_t size_class) {
  char* chunk = static_cast<char*>(::operator new(kChunkBytes, std::align_val_t{kGranule}));
  chunks_.push_back(chunk);
  bump_[size_class] = chunk;
  bump_end_[size_class] = chunk + kChunkBytes;
}

void Heap::release(Object* object) {
  uint8_t size_class = object->size_class;
  object->~Object();
  if (size_class == 0) {
    ::operator delete(object);
    return;
  }
  FreeCell* cell = reinterpret_cast<FreeCell*>(object);
  cell->next = free_[size_class];
  free_[size_class] = cell;
}

void Heap::collect(Tracer& tracer, bool (*wants_finalizer)(Object*, void*), void* context, std::vector<Object*>* finalize) {
  tracer.drain();
  if (wants_finalizer && finalize) {
    for (Object* o = all_; o; o = o->gc_next)
      if (!o->gc_marked && !o->gc_finalized && wants_finalizer(o, context)) finalize->push_back(o);
    for (Object* o : *finalize) tracer.mark(o);
    tracer.drain();
  }
  size_t survivors_bytes = 0;
  Object** link = &all_;
  while (Object* o = *link) {
    if (o->gc_marked) {
      o->gc_marked = false;
      survivors_bytes += 64 + o->external_bytes();
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      release(o);
      --object_count_;
    }
  }
  allocated_since_collection_ = 0;
  // Grow the threshold with the live size so collection cost stays proportional to allocation.
  threshold_ = survivors_bytes < (2u << 20) ? (2u << 20) : survivors_bytes;
}

}  // namespace saessak
