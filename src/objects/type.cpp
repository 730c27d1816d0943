#include "objects/heap.h"
#include "objects/dict.h"

namespace saessak {

void Type::trace(Tracer& t) {
  t.mark(base);
  t.mark(attributes);
}

}  // namespace saessak
