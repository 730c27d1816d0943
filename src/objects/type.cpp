#include "objects/heap.h"
#include "objects/dict.h"
#include "objects/type_cache.h"

namespace saessak {

Type::~Type() { type_cache::invalidate(); }

void Type::trace(Tracer& t) {
  t.mark(base);
  t.mark(attributes);
  for (Type* b : bases) t.mark(b);
  for (Type* m : mro) t.mark(m);
}

}  // namespace saessak
