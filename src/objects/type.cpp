#include "objects/heap.h"
#include "objects/dict.h"

namespace saessak {

void Type::trace(Tracer& t) {
  t.mark(base);
  t.mark(attributes);
  for (Type* b : bases) t.mark(b);
  for (Type* m : mro) t.mark(m);
}

}  // namespace saessak
