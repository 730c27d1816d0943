#include "objects/getitem_iterator.h"

#include "objects/classes.h"
#include "objects/exception.h"
#include "objects/iterators.h"
#include "objects/protocols.h"
#include "vm/vm.h"

namespace saessak {

namespace {

struct GetItemIterator final : NativeIterator {
  GetItemIterator(Type* t, Value sequence) : NativeIterator(t), sequence(sequence) {}
  void trace(Tracer& t) override { t.mark(sequence); }
  Value next(VM& vm) override {
    if (done) return Value::null();
    Value item = get_item(vm, sequence, Value::from_int(index));
    if (item.is_error()) {
      // IndexError ends the iteration, as does StopIteration; anything else propagates.
      Type* raised = vm.pending_exception()->type;
      if (raised->is_subtype_of(vm.types.IndexError) || raised->is_subtype_of(vm.types.StopIteration)) {
        vm.clear_pending_exception();
        done = true;
        return Value::null();
      }
      return item;
    }
    ++index;
    return item;
  }
  Value sequence;
  int64_t index = 0;
  bool done = false;
};

}  // namespace

Value make_getitem_iterator(VM& vm, Value sequence) {
  return Value::from_object(vm.heap.make<GetItemIterator>(vm.types.iterator, sequence));
}

bool is_iterator_object(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->type;
  if (t->is_heap_type) return !lookup_python_dunder(t, vm.intern("__next__")).is_null();
  switch (t->layout) {
    case Layout::RangeIterator:
    case Layout::ListIterator:
    case Layout::StrIterator:
    case Layout::NativeIterator: return true;
    case Layout::Generator: return t != vm.types.coroutine;
    default: return false;
  }
}

void install_getitem_iterator(VM& vm) { vm.types.iterator = vm.new_type("iterator", vm.types.object, Layout::NativeIterator); }

}  // namespace saessak
