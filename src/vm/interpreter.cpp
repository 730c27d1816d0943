// The interpreter loop. Python calls push a Frame and continue in this same loop, so the C++
// stack never grows with Python recursion, and the loop can return to its host between any
// two instructions (see NOTES.md).
#include <algorithm>

#include "compiler/code.h"
#include "compiler/opcodes.h"
#include "modules/notebook.h"
#include "objects/classes.h"
#include "objects/dict.h"
#include "objects/dunders.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "vm/attribute_cache.h"
#include "vm/call.h"
#include "vm/traceback.h"
#include "vm/vm.h"

#if defined(__GNUC__) && !defined(__wasm__)
#define SAESSAK_COMPUTED_GOTO 1
#else
#define SAESSAK_COMPUTED_GOTO 0
#endif

namespace saessak {


std::string VM::suggest_name(const std::string& wrong, const Frame& frame) {
  // CPython 3.11 looks at the frame's locals, then its globals, then the builtins.
  std::vector<std::string> candidates;
  if (!frame.code->is_module) {
    for (Str* s : frame.code->local_names) candidates.push_back(s->utf8());
    std::string found = closest_name(wrong, candidates);
    if (!found.empty()) return found;
    candidates.clear();
  }
  for (const Dict::Entry& e : frame.globals->entries)
    if (!e.key.is_null() && e.key.is_object() && e.key.as_object()->type->layout == Layout::Str)
      candidates.push_back(static_cast<Str*>(e.key.as_object())->utf8());
  std::string found = closest_name(wrong, candidates);
  if (!found.empty()) return found;
  candidates.clear();
  for (const Dict::Entry& e : builtins_->entries)
    if (!e.key.is_null()) candidates.push_back(static_cast<Str*>(e.key.as_object())->utf8());
  return closest_name(wrong, candidates);
}

Status VM::execute(int64_t budget) {
  Value* const stack = stack_.get();
  // The operand stack pointer is the VM's own, so natives that call back into Python (and
  // the collector) always see the true stack top.
  uint32_t& sp = sp_;
  Frame* frame = nullptr;
  Code* code = nullptr;
  const uint32_t* words = nullptr;
  Value* locals = nullptr;
  uint32_t ip = 0;
  // The call being made, shared by every call instruction (see perform_call).
  Value callable;
  uint32_t args_at = 0, argc = 0, result_slot = 0;
  Tuple* kwnames = nullptr;
  bool reraising = false;  // the pending exception already has this frame in its traceback

#define LOAD_FRAME()                   \
  do {                                 \
    frame = &frames_.back();           \
    code = frame->code;                \
    words = code->words.data();        \
    locals = stack + frame->base;      \
    ip = frame->ip;                    \
  } while (0)
#define SAVE_STATE() \
  do {               \
    frame->ip = ip;  \
  } while (0)
#define PUSH(v) (stack[sp++] = (v))
#define POP() (stack[--sp])
#define TOP() (stack[sp - 1])
#define RAISE_IF(cond) \
  if (cond) goto error
// A tick at a call: the budget, Stop and the collector are checked at every call.
#define CALL_TICK()                                                   \
  if (--budget <= 0 || interrupt_requested_ || wants_collection()) { \
    if (interrupt_requested_) {                                       \
      SAVE_STATE();                                                   \
      interrupt_requested_ = false;                                   \
      raise(types.KeyboardInterrupt, "");                             \
      goto error;                                                     \
    }                                                                 \
    if (wants_collection()) collect_garbage();                   \
    if (budget <= 0) {                                                \
      ip -= 1; /* run this call first when resumed */                 \
      SAVE_STATE();                                                   \
      return Status::SuspendedBudget;                                 \
    }                                                                 \
  }

  LOAD_FRAME();
  if (pending_throw_) {
    // generator.throw() from native code: raised where the generator is suspended.
    pending_exception_ = pending_throw_;
    pending_throw_ = nullptr;
    goto error;
  }
  if (resume_pending_) {
    resume_pending_ = false;
    if (resume_value_.is_error()) goto error;
    PUSH(resume_value_);
    resume_value_ = Value::null();
  }

  // Natively, dispatch jumps straight to the instruction's code through a table of label
  // addresses (GCC's computed goto): no bounds check, and the compiler may copy the jump to the
  // end of each instruction, where the branch predictor learns instruction pairs. wasm has no
  // indirect jumps to labels, so there it is the plain switch.
#if SAESSAK_COMPUTED_GOTO
  static const void* const kInstructionCode[] = {
#define SAESSAK_LABEL_ADDRESS(name) &&code_##name,
      SAESSAK_OPCODES(SAESSAK_LABEL_ADDRESS)
#undef SAESSAK_LABEL_ADDRESS
  };
#define CASE(name) \
  case Op::name:   \
  code_##name
#else
#define CASE(name) case Op::name
#endif

dispatch:
  for (;;) {
    uint32_t word = words[ip++];
    uint32_t arg = arg_of(word);
#if SAESSAK_COMPUTED_GOTO
    goto* kInstructionCode[static_cast<uint8_t>(op_of(word))];
#endif
    switch (op_of(word)) {
      CASE(NOP): break;
      CASE(POP_TOP): --sp; break;
      CASE(COPY): {
        Value v = stack[sp - arg];
        PUSH(v);
        break;
      }
      CASE(SWAP): std::swap(stack[sp - 1], stack[sp - arg]); break;
      CASE(LOAD_CONST): PUSH(code->constants[arg]); break;
      CASE(LOAD_FAST): {
        Value v = locals[arg];
        if (v.is_null()) {
          raise(types.UnboundLocalError, "cannot access local variable '" + code->local_names[arg]->utf8() +
                                             "' where it is not associated with a value");
          goto error;
        }
        PUSH(v);
        break;
      }
      CASE(STORE_FAST): locals[arg] = POP(); break;
      CASE(LOAD_GLOBAL):
      CASE(LOAD_NAME): {
        Str* name = code->names[arg];
        Value v = Value::null();
        bool plain_global = op_of(word) == Op::LOAD_GLOBAL || !frame->locals_dict;
        if (plain_global) {
          // The global-name cache (GlobalCacheEntry): a hit reads the value from its entry.
          if (code->global_cache.empty()) code->global_cache.resize(code->names.size());
          GlobalCacheEntry& c = code->global_cache[arg];
          const Dict* globals = frame->globals;
          if (c.globals == globals && c.globals_keys == globals->keys_version) {
            if (c.builtins_keys == 0) {
              PUSH(globals->entries[c.position].value);
              break;
            }
            if (c.builtins_keys == builtins_->keys_version) {
              PUSH(builtins_->entries[c.position].value);
              break;
            }
          }
          int64_t at = globals->position_of_str(name);
          if (at >= 0) {
            c = {globals, globals->keys_version, 0, at};
            v = globals->entries[at].value;
          } else if ((at = builtins_->position_of_str(name)) >= 0) {
            c = {globals, globals->keys_version, builtins_->keys_version, at};
            v = builtins_->entries[at].value;
          }
        } else {
          v = frame->locals_dict->get_str(name);
          if (v.is_null()) v = frame->globals->get_str(name);
          if (v.is_null()) v = builtins_->get_str(name);
        }
        if (v.is_null()) {
          std::string wrong = name->utf8();
          raise(types.NameError, "name '" + wrong + "' is not defined");
          pending_exception_->suggestion = suggest_name(wrong, *frame);
          goto error;
        }
        PUSH(v);
        break;
      }
      CASE(STORE_GLOBAL): frame->globals->set_str(code->names[arg], POP()); break;
      CASE(STORE_NAME):
        if (frame->locals_dict && frame->locals_dict->type->is_heap_type) {
          // A class body whose namespace came from a metaclass's __prepare__: its __setitem__.
          Value v = POP();
          SAVE_STATE();
          RAISE_IF(!set_item(*this, Value::from_object(frame->locals_dict), Value::from_object(code->names[arg]), v));
          break;
        }
        (frame->locals_dict ? frame->locals_dict : frame->globals)->set_str(code->names[arg], POP());
        break;
      CASE(LOAD_ATTR): {
        AttributeCacheEntry& cache = attribute_cache_at(code, ip - 1);
        Value v, self;
        if (attribute_cache_load(cache, TOP(), code->names[arg], v, self)) {
          if (!self.is_null()) v = Value::from_object(heap.make<BoundMethod>(types.bound_method, self, v));
          TOP() = v;
          break;
        }
        v = get_attribute(*this, TOP(), code->names[arg]);
        RAISE_IF(v.is_error());
        attribute_cache_fill_load(*this, cache, TOP(), code->names[arg]);
        TOP() = v;
        break;
      }
      CASE(LOAD_METHOD): {
        AttributeCacheEntry& cache = attribute_cache_at(code, ip - 1);
        Value method, self;
        if (!attribute_cache_load(cache, TOP(), code->names[arg], method, self)) {
          method = get_method(*this, TOP(), code->names[arg], self);
          RAISE_IF(method.is_error());
          attribute_cache_fill_load(*this, cache, TOP(), code->names[arg]);
          attribute_cache_fill_builtin_method(*this, cache, TOP(), code->names[arg], method, self);
        }
        TOP() = method;
        PUSH(self);  // null when the callable needs no receiver
        break;
      }
      CASE(STORE_ATTR): {
        Value object = stack[sp - 1];
        Value value = stack[sp - 2];
        sp -= 2;
        AttributeCacheEntry& cache = attribute_cache_at(code, ip - 1);
        if (attribute_cache_store(cache, object, code->names[arg], value)) break;
        RAISE_IF(!set_attribute(*this, object, code->names[arg], value));
        attribute_cache_fill_store(*this, cache, object, code->names[arg]);
        break;
      }
      CASE(BINARY_OP):
      CASE(INPLACE_OP): {
        Value b = POP();
        Value a = TOP();
        BinaryOp op = static_cast<BinaryOp>(arg);
        Value r = Value::not_implemented();
        // Fast paths: two small ints, or two floats, go straight to the arithmetic.
        if (a.is_int() && b.is_int()) {
          if (op == BinaryOp::Add || op == BinaryOp::Sub) {
            int64_t sum = op == BinaryOp::Add ? a.as_int() + b.as_int() : a.as_int() - b.as_int();
            if (Value::fits_small_int(sum)) {
              TOP() = Value::from_int(sum);
              break;
            }
          }
          r = int_binary(*this, op, a.as_int(), b.as_int());
        } else if (a.is_double() && b.is_double()) {
          r = float_binary(*this, op, a.as_double(), b.as_double());
        }
        if (r == Value::not_implemented()) r = binary_op(*this, op, a, b, op_of(word) == Op::INPLACE_OP);
        RAISE_IF(r.is_error());
        TOP() = r;
        break;
      }
      CASE(UNARY_NEGATIVE): {
        Value r = negate(*this, TOP());
        RAISE_IF(r.is_error());
        TOP() = r;
        break;
      }
      CASE(UNARY_POSITIVE): {
        Value r = positive(*this, TOP());
        RAISE_IF(r.is_error());
        TOP() = r;
        break;
      }
      CASE(UNARY_INVERT): {
        Value r = invert(*this, TOP());
        RAISE_IF(r.is_error());
        TOP() = r;
        break;
      }
      CASE(UNARY_NOT): {
        int t = truthiness(*this, TOP());
        RAISE_IF(t < 0);
        TOP() = Value::from_bool(t == 0);
        break;
      }
      CASE(COMPARE_OP): {
        Value b = POP();
        Value a = TOP();
        CompareOp op = static_cast<CompareOp>(arg);
        if (op == CompareOp::Is || op == CompareOp::IsNot) {  // identity is the word itself
          TOP() = Value::from_bool((a == b) == (op == CompareOp::Is));
          break;
        }
        if (a.is_int() && b.is_int()) {
          int64_t x = a.as_int(), y = b.as_int();
          bool r = false;
          switch (op) {
            case CompareOp::Lt: r = x < y; break;
            case CompareOp::Le: r = x <= y; break;
            case CompareOp::Eq: case CompareOp::Is: r = x == y; break;
            case CompareOp::Ne: case CompareOp::IsNot: r = x != y; break;
            case CompareOp::Gt: r = x > y; break;
            case CompareOp::Ge: r = x >= y; break;
            default: goto slow_compare;
          }
          TOP() = Value::from_bool(r);
          break;
        }
        if (Value plain = compare_plain(*this, op, a, b); !plain.is_null()) {
          TOP() = plain;
          break;
        }
      slow_compare: {
        Value r = compare(*this, op, a, b);
        RAISE_IF(r.is_error());
        TOP() = r;
        break;
      }
      }
      CASE(BINARY_SUBSCR): {
        Value key = POP();
        Value r = get_item(*this, TOP(), key);
        RAISE_IF(r.is_error());
        TOP() = r;
        break;
      }
      CASE(STORE_SUBSCR): {
        Value key = stack[sp - 1], container = stack[sp - 2], value = stack[sp - 3];
        sp -= 3;
        RAISE_IF(!set_item(*this, container, key, value));
        break;
      }
      CASE(BUILD_SLICE): {
        Value step = POP(), stop = POP(), start = POP();
        PUSH(Value::from_object(heap.make<Slice>(types.slice, start, stop, step)));
        break;
      }
      CASE(BUILD_LIST):
      CASE(BUILD_TUPLE): {
        std::vector<Value> items(stack + sp - arg, stack + sp);
        sp -= arg;
        if (op_of(word) == Op::BUILD_LIST) PUSH(Value::from_object(make_list(*this, std::move(items))));
        else PUSH(Value::from_object(make_tuple(*this, std::move(items))));
        break;
      }
      CASE(BUILD_MAP): {
        Dict* d = make_dict(*this);
        Value* pairs = stack + sp - 2 * arg;
        for (uint32_t i = 0; i < arg; ++i) RAISE_IF(!d->set(*this, pairs[2 * i], pairs[2 * i + 1]));
        sp -= 2 * arg;
        PUSH(Value::from_object(d));
        break;
      }
      CASE(FORMAT_VALUE): {
        Value spec = (arg & 4) ? POP() : Value::null();
        Value v = TOP();
        switch (arg & 3) {
          case 1: v = to_str(*this, v); break;
          case 2: v = repr(*this, v); break;
          case 3: v = ascii_of(*this, v); break;
          default: break;
        }
        RAISE_IF(v.is_error());
        Value formatted = format_object(*this, v, spec.is_null() ? nullptr : static_cast<Str*>(spec.as_object()));
        RAISE_IF(formatted.is_error());
        TOP() = formatted;
        break;
      }
      CASE(BUILD_STRING): {
        // One scratch vector for every f-string: joining calls no Python code, so it is never
        // in use twice at once.
        static std::vector<const Str*> pieces;
        pieces.clear();
        for (uint32_t i = sp - arg; i < sp; ++i) pieces.push_back(static_cast<Str*>(stack[i].as_object()));
        Str* joined = str_join_pieces(*this, intern(""), pieces);
        sp -= arg;
        PUSH(Value::from_object(joined));
        break;
      }
      CASE(BUILD_SET): {
        Object* set = make_set(*this, types.set);
        Value* items = stack + sp - arg;
        for (uint32_t i = 0; i < arg; ++i) RAISE_IF(!set_add(*this, set, items[i]));
        sp -= arg;
        PUSH(Value::from_object(set));
        break;
      }
      CASE(SET_UPDATE): {
        Value iterable = POP();
        RAISE_IF(!set_update(*this, stack[sp - arg].as_object(), iterable));
        break;
      }
      CASE(DICT_UPDATE): {
        Value mapping = POP();
        RAISE_IF(!dict_update_from(*this, static_cast<Dict*>(stack[sp - arg].as_object()), mapping));
        break;
      }
      CASE(SET_ADD): {
        Value v = POP();
        RAISE_IF(!set_add(*this, stack[sp - arg].as_object(), v));
        break;
      }
      CASE(UNPACK_SEQUENCE): {
        Value seq = POP();
        std::vector<Value> items;
        if (seq.is_object() && seq.as_object()->type->layout == Layout::Tuple) items = static_cast<Tuple*>(seq.as_object())->items;
        else if (seq.is_object() && seq.as_object()->type->layout == Layout::List) items = static_cast<List*>(seq.as_object())->items;
        else {
          if (!seq.is_object()) {
            raise(types.TypeError, "cannot unpack non-iterable " + type_name(*this, seq) + " object");
            goto error;
          }
          RAISE_IF(!collect_iterable(*this, seq, items));
        }
        if (items.size() > arg) {
          raise(types.ValueError, "too many values to unpack (expected " + std::to_string(arg) + ")");
          goto error;
        }
        if (items.size() < arg) {
          raise(types.ValueError, "not enough values to unpack (expected " + std::to_string(arg) + ", got " +
                                      std::to_string(items.size()) + ")");
          goto error;
        }
        for (size_t i = items.size(); i-- > 0;) PUSH(items[i]);
        break;
      }
      CASE(JUMP_FORWARD): ip = arg; break;
      CASE(JUMP_BACKWARD):
        if (--budget <= 0 || interrupt_requested_ || wants_collection()) {
          if (interrupt_requested_) {
            // Raised at the jump, so the traceback names the loop's last line.
            SAVE_STATE();
            interrupt_requested_ = false;
            raise(types.KeyboardInterrupt, "");
            goto error;
          }
          ip = arg;
          SAVE_STATE();
          if (wants_collection()) collect_garbage();
          if (budget <= 0) return Status::SuspendedBudget;
        }
        ip = arg;
        break;
      CASE(POP_JUMP_IF_FALSE):
      CASE(POP_JUMP_IF_TRUE): {
        Value v = POP();
        // Bools, None and small ints answer at once; everything else asks the protocols.
        int t = v.is_bool() ? v.as_bool() : v.is_none() ? 0 : v.is_int() ? v.as_int() != 0 : truthiness(*this, v);
        RAISE_IF(t < 0);
        if ((t == 1) == (op_of(word) == Op::POP_JUMP_IF_TRUE)) ip = arg;
        break;
      }
      CASE(JUMP_IF_FALSE_OR_POP):
      CASE(JUMP_IF_TRUE_OR_POP): {
        int t = truthiness(*this, TOP());
        RAISE_IF(t < 0);
        if ((t == 1) == (op_of(word) == Op::JUMP_IF_TRUE_OR_POP)) ip = arg;
        else --sp;
        break;
      }
      CASE(GET_ITER): {
        Value it = get_iterator(*this, TOP());
        RAISE_IF(it.is_error());
        TOP() = it;
        break;
      }
      CASE(FOR_ITER): {
        if (TOP().is_object() && TOP().as_object()->type->layout == Layout::Generator) {
          // A generator runs as a frame right here, so it can pause for input() or Stop.
          bool exhausted;
          SAVE_STATE();
          RAISE_IF(!resume_generator(static_cast<Generator*>(TOP().as_object()), Value::none(),
                                     static_cast<uint8_t>(ResumeMode::ForIter), sp, arg, exhausted));
          if (exhausted) {
            --sp;
            ip = arg;
            break;
          }
          LOAD_FRAME();
          break;
        }
        Value next = iterator_next(*this, TOP());
        RAISE_IF(next.is_error());
        if (next.is_null()) {
          --sp;
          ip = arg;
        } else {
          PUSH(next);
        }
        break;
      }
      CASE(MAKE_FUNCTION): {
        Code* body = static_cast<Code*>(POP().as_object());
        Function* fn = heap.make<Function>(types.function, body, frame->globals);
        if (arg & kMakeFunctionClosure) fn->closure = static_cast<Tuple*>(POP().as_object());
        if (arg & kMakeFunctionKwDefaults) fn->kwdefaults = static_cast<Dict*>(POP().as_object());
        if (arg & kMakeFunctionDefaults) fn->defaults = static_cast<Tuple*>(POP().as_object());
        PUSH(Value::from_object(fn));
        break;
      }
      CASE(LIST_APPEND): {
        Value v = POP();
        static_cast<List*>(stack[sp - arg].as_object())->items.push_back(v);
        break;
      }
      CASE(LIST_EXTEND): {
        Value iterable = POP();
        List* list = static_cast<List*>(stack[sp - arg].as_object());
        std::vector<Value> items;
        if (!collect_iterable(*this, iterable, items)) {
          if (pending_exception_->type == types.TypeError && !iterable.is_object())
            pending_exception_ = make_exception(*this, types.TypeError, "Value after * must be an iterable, not " +
                                                                           type_name(*this, iterable));
          goto error;
        }
        list->items.insert(list->items.end(), items.begin(), items.end());
        break;
      }
      CASE(LIST_TO_TUPLE):
        TOP() = Value::from_object(make_tuple(*this, static_cast<List*>(TOP().as_object())->items));
        break;
      CASE(MAP_ADD): {
        Value value = POP(), key = POP();
        RAISE_IF(!static_cast<Dict*>(stack[sp - arg].as_object())->set(*this, key, value));
        break;
      }
      CASE(DICT_MERGE): {
        // f(**mapping): like {**mapping}, but keys must be strings and must not repeat.
        Value mapping = POP();
        Dict* target = static_cast<Dict*>(stack[sp - arg].as_object());
        Dict* incoming = make_dict(*this);
        SAVE_STATE();
        if (!dict_update_from(*this, incoming, mapping)) {
          if (pending_exception_->type == types.TypeError && !(mapping.is_object() && mapping.as_object()->type->is_heap_type)) {
            pending_exception_ = nullptr;
            // CPython names the function: "__main__.f() argument after ** ..." / "print() ...".
            Value callee = stack[sp - arg - 2];
            std::string who;
            if (callee.is_object() && callee.as_object()->type->layout == Layout::Function) {
              Function* fn = static_cast<Function*>(callee.as_object());
              Value module = fn->globals->get_str(intern("__name__"));
              who = (module.is_null() ? std::string() : static_cast<Str*>(module.as_object())->utf8() + ".") +
                    fn->code->qualname->utf8() + "() ";
            } else if (callee.is_object() && callee.as_object()->type->layout == Layout::Native) {
              who = static_cast<NativeFunction*>(callee.as_object())->name + "() ";
            }
            raise(types.TypeError, who + "argument after ** must be a mapping, not " + type_name(*this, mapping));
          }
          goto error;
        }
        for (const Dict::Entry& e : incoming->entries) {
          if (e.key.is_null()) continue;
          if (!e.key.is_object() || e.key.as_object()->type->layout != Layout::Str) {
            raise(types.TypeError, "keywords must be strings");
            goto error;
          }
          if (!target->get_str(static_cast<Str*>(e.key.as_object())).is_null()) {
            raise(types.TypeError, "got multiple values for keyword argument '" +
                                       static_cast<Str*>(e.key.as_object())->utf8() + "'");
            goto error;
          }
          target->set_str(static_cast<Str*>(e.key.as_object()), e.value);
        }
        break;
      }
      CASE(IMPORT_NAME): {
        bool bind_top = POP().is_true();
        SAVE_STATE();
        std::string dotted = code->names[arg]->utf8();
        Value module = import_module(dotted);
        RAISE_IF(module.is_error());
        if (bind_top && dotted.find('.') != std::string::npos) module = modules_->get_str(intern(dotted.substr(0, dotted.find('.'))));
        PUSH(module);
        break;
      }
      CASE(IMPORT_FROM): {
        Module* module = static_cast<Module*>(TOP().as_object());
        Str* name = code->names[arg];
        Value v = module->dict->get_str(name);
        if (v.is_null()) {
          // Maybe a submodule: from os import path.
          SAVE_STATE();
          v = import_module(module->name->utf8() + "." + name->utf8());
          if (v.is_error()) {
            pending_exception_ = nullptr;
            raise(types.ImportError, "cannot import name '" + name->utf8() + "' from '" + module->name->utf8() +
                                         "' (unknown location)");
            goto error;
          }
        }
        PUSH(v);
        break;
      }
      CASE(IMPORT_STAR): {
        Module* module = static_cast<Module*>(POP().as_object());
        Dict* target = frame->locals_dict ? frame->locals_dict : frame->globals;
        Value all = module->dict->get_str(intern("__all__"));
        if (!all.is_null()) {
          std::vector<Value> names;
          RAISE_IF(!collect_iterable(*this, all, names));
          for (Value n : names) {
            Value v = module->dict->get(*this, n);
            RAISE_IF(v.is_error());
            if (v.is_null()) {
              raise(types.AttributeError, "module '" + module->name->utf8() + "' has no attribute '" +
                                              static_cast<Str*>(n.as_object())->utf8() + "'");
              goto error;
            }
            RAISE_IF(!target->set(*this, n, v));
          }
          break;
        }
        for (const Dict::Entry& e : module->dict->entries) {
          if (e.key.is_null()) continue;
          Str* key = static_cast<Str*>(e.key.as_object());
          if (key->length > 0 && key->at(0) == '_') continue;
          target->set_str(key, e.value);
        }
        break;
      }
      CASE(BEFORE_WITH): {
        Value manager = TOP();
        Value enter = Value::null(), exit = Value::null();
        if (is_python_object(manager)) {
          enter = lookup_python_dunder(manager.as_object()->type, intern("__enter__"));
          exit = lookup_python_dunder(manager.as_object()->type, intern("__exit__"));
        } else if (manager.is_object()) {
          // Built-in context managers (memoryview) carry native __enter__/__exit__.
          enter = lookup_in_mro(manager.as_object()->type, intern("__enter__"));
          exit = lookup_in_mro(manager.as_object()->type, intern("__exit__"));
        }
        if (enter.is_null() || exit.is_null()) {
          std::string what = enter.is_null() ? "the context manager protocol" : "the context manager protocol (missed __exit__ method)";
          raise(types.TypeError, "'" + type_name(*this, manager) + "' object does not support " + what);
          goto error;
        }
        TOP() = Value::from_object(heap.make<BoundMethod>(types.bound_method, manager, exit));
        SAVE_STATE();
        Value entered = call(enter, CallArgs{&manager, 1, nullptr});
        RAISE_IF(entered.is_error());
        PUSH(entered);
        break;
      }
      CASE(WITH_EXCEPT_START): {
        // Stack: exit, prev, exc.
        Value exc = stack[sp - 1];
        Value exit = stack[sp - 3];
        Value args[3] = {Value::from_object(static_cast<ExceptionObject*>(exc.as_object())->type), exc, Value::none()};
        SAVE_STATE();
        Value r = call(exit, CallArgs{args, 3, nullptr});
        RAISE_IF(r.is_error());
        PUSH(r);
        break;
      }
      CASE(UNPACK_EX): {
        uint32_t before = arg & 0xFF, after = arg >> 8;
        Value seq = POP();
        std::vector<Value> items;
        if (!seq.is_object()) {
          raise(types.TypeError, "cannot unpack non-iterable " + type_name(*this, seq) + " object");
          goto error;
        }
        RAISE_IF(!collect_iterable(*this, seq, items));
        if (items.size() < before + after) {
          raise(types.ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                      ", got " + std::to_string(items.size()) + ")");
          goto error;
        }
        for (size_t i = 0; i < after; ++i) PUSH(items[items.size() - 1 - i]);
        std::vector<Value> middle(items.begin() + before, items.end() - after);
        PUSH(Value::from_object(make_list(*this, std::move(middle))));
        for (size_t i = before; i-- > 0;) PUSH(items[i]);
        break;
      }
      CASE(MATCH_SEQUENCE): {
        Value v = TOP();
        bool sequence = false;
        if (v.is_object()) {
          Layout l = v.as_object()->type->layout;
          sequence = l == Layout::List || l == Layout::Tuple || l == Layout::Range;
          if (is_python_object(v)) sequence = !lookup_python_dunder(v.as_object()->type, intern("__getitem__")).is_null() &&
                                              !lookup_python_dunder(v.as_object()->type, intern("__len__")).is_null() &&
                                              lookup_python_dunder(v.as_object()->type, intern("keys")).is_null();
        }
        PUSH(Value::from_bool(sequence));
        break;
      }
      CASE(MATCH_MAPPING): {
        Value v = TOP();
        bool mapping = v.is_object() && v.as_object()->type->layout == Layout::Dict;
        if (is_python_object(v)) mapping = !lookup_python_dunder(v.as_object()->type, intern("keys")).is_null() &&
                                           !lookup_python_dunder(v.as_object()->type, intern("__getitem__")).is_null();
        PUSH(Value::from_bool(mapping));
        break;
      }
      CASE(GET_LEN): {
        int64_t n;
        SAVE_STATE();
        RAISE_IF(!length_of(*this, TOP(), n));
        PUSH(make_int(*this, n));
        break;
      }
      CASE(MATCH_KEYS): {
        Value keys = TOP();
        Value subject = stack[sp - 2];
        std::vector<Value> values;
        bool all = true;
        SAVE_STATE();
        const std::vector<Value>& wanted = static_cast<Tuple*>(keys.as_object())->items;
        for (size_t i = 0; i < wanted.size(); ++i) {
          for (size_t k = 0; k < i; ++k) {
            Value same = values_equal(*this, wanted[k], wanted[i]);
            RAISE_IF(same.is_error());
            if (same.is_true()) {
              Value r = repr(*this, wanted[i]);
              RAISE_IF(r.is_error());
              raise(types.ValueError, "mapping pattern checks duplicate key (" + static_cast<Str*>(r.as_object())->utf8() + ")");
              goto error;
            }
          }
          Value v;
          if (subject.as_object()->type->layout == Layout::Dict) {
            v = static_cast<Dict*>(subject.as_object())->get(*this, wanted[i]);
          } else {
            v = get_item(*this, subject, wanted[i]);
            if (v.is_error() && pending_exception_->type->is_subtype_of(types.KeyError)) {
              pending_exception_ = nullptr;
              v = Value::null();
            }
          }
          RAISE_IF(v.is_error());
          if (v.is_null()) {
            all = false;
            break;
          }
          values.push_back(v);
        }
        PUSH(all ? Value::from_object(make_tuple(*this, std::move(values))) : Value::none());
        break;
      }
      CASE(DICT_WITHOUT_KEYS): {
        Value keys = POP();
        Value subject = TOP();
        Dict* rest = make_dict(*this);
        SAVE_STATE();
        if (subject.as_object()->type->layout == Layout::Dict) {
          for (const Dict::Entry& e : static_cast<Dict*>(subject.as_object())->entries)
            if (!e.key.is_null()) RAISE_IF(!rest->set(*this, e.key, e.value));
        }
        for (Value k : static_cast<Tuple*>(keys.as_object())->items) {
          Value removed;
          RAISE_IF(!rest->remove(*this, k, removed));
        }
        TOP() = Value::from_object(rest);
        break;
      }
      CASE(MATCH_CLASS): {
        Tuple* names = static_cast<Tuple*>(POP().as_object());
        Value cls_value = POP();
        Value subject = TOP();
        SAVE_STATE();
        if (!cls_value.is_object() || cls_value.as_object()->type->layout != Layout::Type) {
          raise(types.TypeError, "called match pattern must be a class");
          goto error;
        }
        Type* cls = static_cast<Type*>(cls_value.as_object());
        if (!type_of(*this, subject)->is_subtype_of(cls)) {
          TOP() = Value::none();
          break;
        }
        std::vector<Value> attributes;
        bool ok = true;
        if (arg > 0) {
          Value match_args = lookup_in_mro(cls, intern("__match_args__"));
          static const char* kSelfMatching[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"};
          bool self_matching = false;
          if (!cls->is_heap_type)
            for (const char* n : kSelfMatching) self_matching = self_matching || cls->name == n;
          if (match_args.is_null() && self_matching) {
            if (arg > 1) {
              raise(types.TypeError, cls->name + "() accepts 1 positional sub-pattern (" + std::to_string(arg) + " given)");
              goto error;
            }
            attributes.push_back(subject);
          } else {
            std::vector<Value> fields;
            if (!match_args.is_null()) {
              if (!match_args.is_object() || match_args.as_object()->type->layout != Layout::Tuple) {
                raise(types.TypeError, cls->name + ".__match_args__ must be a tuple (got " + type_name(*this, match_args) + ")");
                goto error;
              }
              fields = static_cast<Tuple*>(match_args.as_object())->items;
            }
            if (arg > fields.size()) {
              raise(types.TypeError, cls->name + "() accepts " + std::to_string(fields.size()) + " positional sub-pattern" +
                                         (fields.size() == 1 ? "" : "s") + " (" + std::to_string(arg) + " given)");
              goto error;
            }
            for (uint32_t i = 0; i < arg && ok; ++i) {
              Value v = get_attribute(*this, subject, intern(static_cast<Str*>(fields[i].as_object())->utf8()));
              if (v.is_error()) {
                if (!pending_exception_->type->is_subtype_of(types.AttributeError)) goto error;
                pending_exception_ = nullptr;
                ok = false;
              } else {
                attributes.push_back(v);
              }
            }
          }
        }
        for (size_t i = 0; i < names->items.size() && ok; ++i) {
          Value v = get_attribute(*this, subject, static_cast<Str*>(names->items[i].as_object()));
          if (v.is_error()) {
            if (!pending_exception_->type->is_subtype_of(types.AttributeError)) goto error;
            pending_exception_ = nullptr;
            ok = false;
          } else {
            attributes.push_back(v);
          }
        }
        TOP() = ok ? Value::from_object(make_tuple(*this, std::move(attributes))) : Value::none();
        break;
      }
      CASE(SETUP_ANNOTATIONS): {
        Dict* scope = frame->locals_dict ? frame->locals_dict : frame->globals;
        Str* name = intern("__annotations__");
        if (scope->get_str(name).is_null()) scope->set_str(name, Value::from_object(make_dict(*this)));
        break;
      }
      CASE(BUILD_CLASS): {
        // Stack: body function, name, bases, [keywords dict]. The body runs as a frame; its
        // return builds the class from the header (name, keywords or None, bases...).
        uint32_t nbases = arg & 0xFFFF;
        Value keywords = (arg >> 16) ? POP() : Value::none();
        std::vector<Value> header(stack + sp - nbases - 1, stack + sp);  // name, bases...
        header.insert(header.begin() + 1, keywords);
        for (uint32_t i = 2; i < header.size(); ++i) {
          if (!header[i].is_object() || header[i].as_object()->type->layout != Layout::Type) {
            raise(types.TypeError, "bases must be types");
            goto error;
          }
        }
        sp -= nbases + 1;
        Function* body = static_cast<Function*>(TOP().as_object());
        uint32_t slot = sp - 1;
        Tuple* info = make_tuple(*this, std::move(header));
        stack[sp++] = Value::from_object(info);  // rooted while __prepare__ and the body run
        SAVE_STATE();
        Value prepared = prepare_class_namespace(*this, info);
        --sp;
        RAISE_IF(prepared.is_error());
        Dict* ns = static_cast<Dict*>(prepared.as_object());
        stack[sp++] = Value::from_object(info);
        stack[sp++] = Value::from_object(ns);
        SAVE_STATE();
        RAISE_IF(!enter_function(body, sp, 0, nullptr, slot, FrameKind::ClassBody));
        frames_.back().locals_dict = ns;
        frames_.back().extra = Value::from_object(info);
        LOAD_FRAME();
        break;
      }
      CASE(MAKE_CELL): locals[arg] = Value::from_object(heap.make<Cell>(types.cell, locals[arg])); break;
      CASE(COPY_FREE_VARS): {
        const std::vector<Value>& cells = frame->function->closure->items;
        uint32_t first = static_cast<uint32_t>(code->local_names.size()) - arg;
        for (uint32_t i = 0; i < arg; ++i) locals[first + i] = cells[i];
        break;
      }
      CASE(LOAD_CLOSURE): PUSH(locals[arg]); break;
      CASE(LOAD_DEREF): {
        Value v = static_cast<Cell*>(locals[arg].as_object())->value;
        if (v.is_null()) {
          std::string name = code->local_names[arg]->utf8();
          if (arg < code->nvarnames)
            raise(types.UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
          else
            raise(types.NameError, "cannot access free variable '" + name +
                                       "' where it is not associated with a value in enclosing scope");
          goto error;
        }
        PUSH(v);
        break;
      }
      CASE(STORE_DEREF): static_cast<Cell*>(locals[arg].as_object())->value = POP(); break;
      CASE(DISPLAY_RESULT): {
        Value v = POP();
        if (v.is_none()) break;
        Value r = repr(*this, v);
        RAISE_IF(r.is_error());
        std::string text = static_cast<Str*>(r.as_object())->utf8();
        if (mode_ == CompileMode::Cell) {
          has_result_ = true;
          result_repr_ = std::move(text);
          publish_rich_result(*this, v);  // _repr_html_ and friends, where a page shows them
        } else {
          write_stdout(text + "\n");
        }
        break;
      }
      CASE(RETURN_VALUE): {
        Value result = POP();
        Frame done = frames_.back();
        frames_.pop_back();
        if (done.kind == FrameKind::Nested) {
          // The end of a call made by VM::call from native code.
          sp = done.result_slot;
          nested_result_ = result;
          return Status::Done;
        }
        if (done.kind == FrameKind::Generator) {
          Generator* gen = done.generator;
          gen->finished = true;
          gen->running = false;
          gen->saved.clear();
          ResumeMode mode = static_cast<ResumeMode>(done.resume_mode);
          sp = done.result_slot;
          if (mode == ResumeMode::Nested) {
            nested_result_ = result;
            nested_yielded_ = false;
            return Status::Done;
          }
          LOAD_FRAME();
          if (mode == ResumeMode::ForIter) {
            --sp;  // the loop's iterator
            ip = done.resume_target;
          } else if (mode == ResumeMode::Send) {
            stack[sp - 1] = result;  // yield from's value replaces the receiver
            ip = done.resume_target;
          } else if (mode == ResumeMode::NextDefault) {
            PUSH(done.extra);
          } else {
            std::vector<Value> args;
            if (!result.is_none()) args.push_back(result);
            raise_object(heap.make<ExceptionObject>(types.StopIteration, make_tuple(*this, std::move(args))));
            goto error;
          }
          break;
        }
        if (frames_.empty()) {
          sp = 0;
          program_ = nullptr;
          return Status::Done;
        }
        sp = done.result_slot;
        LOAD_FRAME();
        if (done.kind != FrameKind::Normal) {
          result = finish_special_frame(done, result);
          RAISE_IF(result.is_error());
        }
        PUSH(result);
        break;
      }
      CASE(YIELD_VALUE): {
        Value v = POP();
        ResumeMode mode = static_cast<ResumeMode>(frame->resume_mode);
        uint32_t slot = frame->result_slot;
        suspend_generator_frame(ip);
        sp = slot;
        if (mode == ResumeMode::Nested) {
          nested_result_ = v;
          nested_yielded_ = true;
          return Status::Done;
        }
        PUSH(v);
        LOAD_FRAME();
        break;
      }
      CASE(GET_AWAITABLE): {
        Value v = TOP();
        if (v.is_object() && v.as_object()->type == types.coroutine) {
          if (static_cast<Generator*>(v.as_object())->finished) {
            raise(types.RuntimeError, "cannot reuse already awaited coroutine");
            goto error;
          }
          break;
        }
        Value method = is_python_object(v) ? lookup_python_dunder(v.as_object()->type, intern("__await__")) : Value::null();
        if (method.is_null()) {
          raise(types.TypeError, "object " + type_name(*this, v) + " can't be used in 'await' expression");
          goto error;
        }
        SAVE_STATE();
        Value it = call(method, CallArgs{&v, 1, nullptr});
        RAISE_IF(it.is_error());
        if (!(it.is_object() && (it.as_object()->type->layout == Layout::Generator || is_python_object(it) ||
                                 it.as_object()->type->layout == Layout::NativeIterator ||
                                 it.as_object()->type->layout == Layout::ListIterator))) {
          raise(types.TypeError, "__await__() returned non-iterator of type '" + type_name(*this, it) + "'");
          goto error;
        }
        TOP() = it;
        break;
      }
      CASE(GET_AITER):
      CASE(GET_ANEXT): {
        // async for: __aiter__() replaces the iterable; __anext__() pushes an awaitable.
        bool aiter = op_of(word) == Op::GET_AITER;
        SAVE_STATE();
        Value r = call_async_dunder(TOP(), aiter ? "__aiter__" : "__anext__",
                                    aiter ? "'async for' requires an object with __aiter__ method, got "
                                          : "'async for' requires an iterator with __anext__ method, got ");
        RAISE_IF(r.is_error());
        if (aiter) TOP() = r;
        else PUSH(r);
        break;
      }
      CASE(END_ASYNC_FOR): {
        ExceptionObject* e = static_cast<ExceptionObject*>(POP().as_object());
        if (e->type->is_subtype_of(types.StopAsyncIteration)) {
          --sp;  // the async iterator
          ip = arg;
          break;
        }
        pending_exception_ = e;
        reraising = true;
        goto error;
      }
      CASE(BEFORE_ASYNC_WITH): {
        Value manager = TOP();
        Value enter = Value::null(), exit = Value::null();
        if (is_python_object(manager)) {
          enter = lookup_python_dunder(manager.as_object()->type, intern("__aenter__"));
          exit = lookup_python_dunder(manager.as_object()->type, intern("__aexit__"));
        }
        if (enter.is_null() || exit.is_null()) {
          raise(types.TypeError, "'" + type_name(*this, manager) + "' object does not support the asynchronous context manager protocol");
          goto error;
        }
        TOP() = Value::from_object(heap.make<BoundMethod>(types.bound_method, manager, exit));
        SAVE_STATE();
        Value awaitable = call(enter, CallArgs{&manager, 1, nullptr});
        RAISE_IF(awaitable.is_error());
        PUSH(awaitable);
        break;
      }
      CASE(GET_YIELD_FROM_ITER): {
        if (TOP().is_object() && TOP().as_object()->type->layout == Layout::Generator) break;
        Value it = get_iterator(*this, TOP());
        RAISE_IF(it.is_error());
        TOP() = it;
        break;
      }
      CASE(SEND): {
        Value sent = POP();
        Value receiver = TOP();
        if (receiver.is_object() && receiver.as_object()->type->layout == Layout::Generator) {
          bool exhausted;
          SAVE_STATE();
          RAISE_IF(!resume_generator(static_cast<Generator*>(receiver.as_object()), sent,
                                     static_cast<uint8_t>(ResumeMode::Send), sp, arg, exhausted));
          if (exhausted) {
            TOP() = Value::none();
            ip = arg;
            break;
          }
          LOAD_FRAME();
          break;
        }
        Value next = iterator_next(*this, receiver);
        RAISE_IF(next.is_error());
        if (next.is_null()) {
          TOP() = Value::none();
          ip = arg;
        } else {
          PUSH(next);
        }
        break;
      }
      CASE(PUSH_EXC_INFO): {
        Value exception = TOP();
        TOP() = handled_exception_ ? Value::from_object(handled_exception_) : Value::none();
        PUSH(exception);
        handled_exception_ = static_cast<ExceptionObject*>(exception.as_object());
        break;
      }
      CASE(POP_EXCEPT): {
        Value previous = POP();
        handled_exception_ = previous.is_none() ? nullptr : static_cast<ExceptionObject*>(previous.as_object());
        break;
      }
      CASE(CHECK_EXC_MATCH): {
        Value expected = POP();
        Type* actual = static_cast<ExceptionObject*>(TOP().as_object())->type;
        auto is_exception_class = [](Value v) {
          return v.is_object() && v.as_object()->type->layout == Layout::Type && static_cast<Type*>(v.as_object())->is_exception;
        };
        bool matched = false;
        if (expected.is_object() && expected.as_object()->type->layout == Layout::Tuple) {
          for (Value candidate : static_cast<Tuple*>(expected.as_object())->items) {
            if (!is_exception_class(candidate)) {
              raise(types.TypeError, "catching classes that do not inherit from BaseException is not allowed");
              goto error;
            }
            matched = matched || actual->is_subtype_of(static_cast<Type*>(candidate.as_object()));
          }
        } else {
          if (!is_exception_class(expected)) {
            raise(types.TypeError, "catching classes that do not inherit from BaseException is not allowed");
            goto error;
          }
          matched = actual->is_subtype_of(static_cast<Type*>(expected.as_object()));
        }
        PUSH(Value::from_bool(matched));
        break;
      }
      CASE(RERAISE):
        pending_exception_ = static_cast<ExceptionObject*>(POP().as_object());
        reraising = true;
        goto error;
      CASE(RAISE_VARARGS): {
        if (arg == 0) {
          if (!handled_exception_) {
            raise(types.RuntimeError, "No active exception to reraise");
            goto error;
          }
          pending_exception_ = handled_exception_;
          reraising = true;
          goto error;
        }
        Value cause = arg == 2 ? POP() : Value::null();
        Value thrown = POP();
        ExceptionObject* exception = nullptr;
        RAISE_IF(!make_exception_from(thrown, exception));
        if (arg == 2) {
          ExceptionObject* cause_object = nullptr;
          if (!cause.is_none()) {
            if (!make_exception_from(cause, cause_object)) {
              if (pending_exception_->type == types.TypeError) {
                pending_exception_ = nullptr;
                raise(types.TypeError, "exception causes must derive from BaseException");
              }
              goto error;
            }
          }
          exception->cause = cause_object;
          exception->suppress_context = true;
        }
        raise_object(exception);
        goto error;
      }
      CASE(LOAD_ASSERTION_ERROR): PUSH(Value::from_object(types.AssertionError)); break;
      CASE(DELETE_FAST):
        if (locals[arg].is_null()) {
          raise(types.UnboundLocalError, "cannot access local variable '" + code->local_names[arg]->utf8() +
                                             "' where it is not associated with a value");
          goto error;
        }
        locals[arg] = Value::null();
        break;
      CASE(DELETE_DEREF): {
        Cell* cell = static_cast<Cell*>(locals[arg].as_object());
        if (cell->value.is_null()) {
          raise(types.UnboundLocalError, "cannot access local variable '" + code->local_names[arg]->utf8() +
                                             "' where it is not associated with a value");
          goto error;
        }
        cell->value = Value::null();
        break;
      }
      CASE(DELETE_NAME):
      CASE(DELETE_GLOBAL): {
        Value removed;
        Dict* scope = op_of(word) == Op::DELETE_NAME && frame->locals_dict ? frame->locals_dict : frame->globals;
        RAISE_IF(!scope->remove(*this, Value::from_object(code->names[arg]), removed));
        if (removed.is_null()) {
          raise(types.NameError, "name '" + code->names[arg]->utf8() + "' is not defined");
          goto error;
        }
        break;
      }
      CASE(DELETE_ATTR): {
        Value object = POP();
        RAISE_IF(!delete_attribute(*this, object, code->names[arg]));
        break;
      }
      CASE(DELETE_SUBSCR): {
        Value key = POP();
        Value container = POP();
        RAISE_IF(!delete_item(*this, container, key));
        break;
      }

      CASE(CALL):
      CASE(CALL_KW):
      CASE(CALL_METHOD):
      CASE(CALL_METHOD_KW): {
        CALL_TICK();
        Op op = op_of(word);
        kwnames = nullptr;
        uint32_t extra = 0;  // the kwnames slot
        if (op == Op::CALL_KW || op == Op::CALL_METHOD_KW) {
          kwnames = static_cast<Tuple*>(TOP().as_object());
          extra = 1;
        }
        argc = arg;
        args_at = sp - extra - argc;
        if (op == Op::CALL || op == Op::CALL_KW) {
          callable = stack[args_at - 1];
          result_slot = args_at - 1;
        } else if (stack[args_at - 1].is_null()) {
          callable = stack[args_at - 2];
          result_slot = args_at - 2;
        } else {
          callable = stack[args_at - 2];
          result_slot = args_at - 2;
          args_at -= 1;  // self becomes the first argument
          argc += 1;
        }
        goto perform_call;
      }
      CASE(CALL_FUNCTION_EX): {
        // f(*args, **kwargs): spread the tuple and the dict onto the stack as a plain call.
        CALL_TICK();
        Dict* kwargs = (arg & 1) ? static_cast<Dict*>(POP().as_object()) : nullptr;
        Tuple* positional = static_cast<Tuple*>(POP().as_object());
        size_t n = positional->items.size() + (kwargs ? kwargs->size() : 0);
        if (sp + n + 64 >= stack_capacity_) {
          raise_memory_error();
          goto error;
        }
        result_slot = sp - 1;
        callable = stack[result_slot];
        args_at = sp;
        for (Value v : positional->items) PUSH(v);
        kwnames = nullptr;
        if (kwargs && kwargs->size()) {
          std::vector<Value> names;
          for (const Dict::Entry& e : kwargs->entries) {
            if (e.key.is_null()) continue;
            names.push_back(e.key);
            PUSH(e.value);
          }
          kwnames = make_tuple(*this, std::move(names));
          PUSH(Value::from_object(kwnames));  // keeps it rooted while the call runs
          --sp;
        }
        argc = static_cast<uint32_t>(n);
        goto perform_call;
      }
    }
    continue;

  perform_call: {
        uint32_t kwcount = kwnames ? static_cast<uint32_t>(kwnames->items.size()) : 0;
    if (!callable.is_object()) {
      raise(types.TypeError, "'" + type_name(*this, callable) + "' object is not callable");
      goto error;
    }
    Object* target = callable.as_object();
    Layout layout = target->type->layout;
    if (layout == Layout::Function) {
      SAVE_STATE();
      RAISE_IF(!enter_function(static_cast<Function*>(target), args_at, argc, kwnames, result_slot, FrameKind::Normal));
      LOAD_FRAME();
      continue;
    }
    // A Python function called with a receiver in front: bound methods, __init__ of a new
    // instance, __call__. The arguments move up one slot to make room for it.
    {
      Value receiver, function;
      FrameKind kind = FrameKind::Normal;
      if (layout == Layout::BoundMethod) {
        BoundMethod* m = static_cast<BoundMethod*>(target);
        if (m->function.is_object() && m->function.as_object()->type->layout == Layout::Function) {
          receiver = m->self;
          function = m->function;
        }
      } else if (layout == Layout::Type && (static_cast<Type*>(target)->layout == Layout::Type ||
                                            (target->type->is_heap_type &&
                                             !lookup_python_dunder(target->type, intern("__call__")).is_null()))) {
        // Calling a metaclass, or a class whose metaclass defines __call__: run it nested.
        SAVE_STATE();
        Value r = call(callable, CallArgs{stack + args_at, static_cast<int>(argc - kwcount), kwnames});
        RAISE_IF(r.is_error());
        sp = result_slot;
        PUSH(r);
        continue;
      } else if (layout == Layout::Type && static_cast<Type*>(target)->is_heap_type) {
        Type* type = static_cast<Type*>(target);
        SAVE_STATE();
        Value instance;
        Value new_method = lookup_in_mro(type, intern("__new__"));
        if (new_method.is_object() && new_method.as_object()->type->layout == Layout::StaticMethod &&
            static_cast<MethodWrapper*>(new_method.as_object())->function.as_object()->type->layout == Layout::Function) {
          // A class's own __new__(cls, *args): its result is initialised only if it is an instance.
          std::vector<Value> with_class{callable};
          with_class.insert(with_class.end(), stack + args_at, stack + args_at + argc);
          instance = call(static_cast<MethodWrapper*>(new_method.as_object())->function,
                          CallArgs{with_class.data(), static_cast<int>(argc - kwcount) + 1, kwnames});
          RAISE_IF(instance.is_error());
          if (!type_of(*this, instance)->is_subtype_of(type)) {
            sp = result_slot;
            PUSH(instance);
            continue;
          }
        } else {
          instance = new_instance(*this, type, CallArgs{stack + args_at, static_cast<int>(argc - kwcount), kwnames});
          RAISE_IF(instance.is_error());
        }
        Value init = lookup_in_mro(type, intern("__init__"));
        if (init.is_object() && init.as_object()->type->layout == Layout::Function) {
          receiver = instance;
          function = init;
          kind = FrameKind::Init;
        } else if (init.is_object() && init.as_object()->type->layout == Layout::Native &&
                   !(init == types.object->attributes->get_str(intern("__init__")))) {
          // An __init__ written in C++ (inherited from a built-in base such as random.Random).
          std::vector<Value> with_self{instance};
          with_self.insert(with_self.end(), stack + args_at, stack + args_at + argc);
          Value r = call(init, CallArgs{with_self.data(), static_cast<int>(argc - kwcount) + 1, kwnames});
          RAISE_IF(r.is_error());
          sp = result_slot;
          PUSH(instance);
          continue;
        } else {
          if (init == types.object->attributes->get_str(intern("__init__")) && argc > 0 &&
              lookup_in_mro(type, intern("__new__")) == types.object->attributes->get_str(intern("__new__"))) {
            raise(types.TypeError, type->name + "() takes no arguments");
            goto error;
          }
          sp = result_slot;
          PUSH(instance);
          continue;
        }
      } else if (layout == Layout::Instance || target->type->is_heap_type) {
        Value call = lookup_python_dunder(target->type, intern("__call__"));
        if (call.is_object() && call.as_object()->type->layout == Layout::Function) {
          receiver = callable;
          function = call;
        } else {
          raise(types.TypeError, "'" + target->type->name + "' object is not callable");
          goto error;
        }
      }
      if (!function.is_null()) {
        if (static_cast<uint64_t>(sp) + 2 >= stack_capacity_) {
          raise(types.RecursionError, "maximum recursion depth exceeded");
          goto error;
        }
        for (uint32_t i = args_at + argc; i > args_at; --i) stack[i] = stack[i - 1];
        stack[args_at] = receiver;
        stack[result_slot] = function;
        sp = args_at + argc + 1;
        SAVE_STATE();
        RAISE_IF(!enter_function(static_cast<Function*>(function.as_object()), args_at, argc + 1, kwnames, result_slot, kind));
        if (kind == FrameKind::Init) frames_.back().extra = receiver;
        LOAD_FRAME();
        continue;
      }
    }
    {
      // next(g), g.send(v), g.__next__() from Python code resume the generator in place.
      NativeFunction* native = nullptr;
      Value self;
      if (layout == Layout::Native) native = static_cast<NativeFunction*>(target);
      if (layout == Layout::BoundMethod) {
        BoundMethod* m = static_cast<BoundMethod*>(target);
        if (m->function.is_object() && m->function.as_object()->type->layout == Layout::Native) {
          native = static_cast<NativeFunction*>(m->function.as_object());
          self = m->self;
        }
      }
      if (native && native->generator_op != GeneratorOp::None && kwcount == 0) {
        const Value* args = stack + args_at;
        uint32_t count = argc;
        Value receiver = self.is_null() ? (count > 0 ? args[0] : Value::null()) : self;
        uint32_t rest = self.is_null() ? 1 : 0;  // where the arguments after the generator start
        bool is_gen = receiver.is_object() && receiver.as_object()->type->layout == Layout::Generator;
        GeneratorOp gop = native->generator_op;
        bool arity_ok = (gop == GeneratorOp::Next && count - rest <= 1) || (gop == GeneratorOp::Send && count - rest == 1) ||
                        (gop == GeneratorOp::DunderNext && count - rest == 0);
        if (is_gen && arity_ok) {
          Value sent = gop == GeneratorOp::Send ? args[rest] : Value::none();
          bool with_default = gop == GeneratorOp::Next && count - rest == 1;
          Value fallback = with_default ? args[rest] : Value::null();
          ResumeMode mode = with_default ? ResumeMode::NextDefault : ResumeMode::Next;
          bool exhausted;
          SAVE_STATE();
          sp = result_slot;
          stack[sp++] = receiver;  // keep it rooted while it runs
          stack[sp++] = fallback.is_null() ? Value::none() : fallback;
          sp = result_slot + 2;
          RAISE_IF(!resume_generator(static_cast<Generator*>(receiver.as_object()), sent, static_cast<uint8_t>(mode),
                                     result_slot, 0, exhausted));
          if (exhausted) {
            sp = result_slot;
            if (with_default) {
              PUSH(fallback);
              continue;
            }
            raise(types.StopIteration, "");
            goto error;
          }
          if (with_default) frames_.back().extra = fallback;
          LOAD_FRAME();
          continue;
        }
      }
    }
    CallArgs call_args{stack + args_at, static_cast<int>(argc - kwcount), kwnames};
    std::vector<Value> with_self;
    NativeFn fn = nullptr;
    if (layout == Layout::Native) {
      NativeFunction* native = static_cast<NativeFunction*>(target);
      RAISE_IF(!check_native_receiver(native, call_args));
      fn = native->fn;
    } else if (layout == Layout::BoundMethod) {
      BoundMethod* m = static_cast<BoundMethod*>(target);
      with_self.push_back(m->self);
      with_self.insert(with_self.end(), stack + args_at, stack + args_at + argc);
      call_args.values = with_self.data();
      call_args.count += 1;
      if (!m->function.is_object() || m->function.as_object()->type->layout != Layout::Native) {
        SAVE_STATE();
        Value r = call(m->function, call_args);
        RAISE_IF(r.is_error());
        sp = result_slot;
        PUSH(r);
        continue;
      }
      fn = static_cast<NativeFunction*>(m->function.as_object())->fn;
    } else if (layout == Layout::Type) {
      Type* type = static_cast<Type*>(target);
      SAVE_STATE();
      Value r = type->is_exception ? call_exception_type(*this, type, call_args)
                : type->construct ? type->construct(*this, call_args)
                                  : raise(types.TypeError, "cannot create '" + type->name + "' instances");
      RAISE_IF(r.is_error());
      sp = result_slot;
      PUSH(r);
      continue;
    } else if (layout == Layout::StaticMethod) {
      // staticmethod objects are callable since 3.10: call the function they hold.
      callable = static_cast<MethodWrapper*>(target)->function;
      stack[result_slot] = callable;
      goto perform_call;
    } else {
      raise(types.TypeError, "'" + target->type->name + "' object is not callable");
      goto error;
    }
    SAVE_STATE();
    Value r = fn(*this, call_args);
    RAISE_IF(r.is_error());
    sp = result_slot;
    if (r.is_suspend()) {
      SAVE_STATE();
      if (nested_runs_ > 0) {
        // Native code below us cannot be paused: answer at once.
        bool sleeping = waiting_ == Waiting::Sleep;
        waiting_ = Waiting::Nothing;
        if (sleeping) {
          PUSH(Value::none());
          continue;
        }
        raise(types.RuntimeError, "input() cannot wait for an answer inside this kind of call yet");
        goto error;
      }
      return waiting_ == Waiting::Sleep ? Status::SuspendedSleep : Status::SuspendedInput;
    }
    PUSH(r);
    continue;
  }
  }

error:
  // Unwind. The frame where the exception was raised, and each frame it then leaves, add
  // their line to its traceback (a re-raise adds none). The innermost handler of the
  // exception table that covers the failing instruction catches it.
  frame->ip = ip;
  if (!reraising)
    pending_exception_->traceback.insert(pending_exception_->traceback.begin(),
                                         {frame->code, frame->code->line_at(ip > 0 ? ip - 1 : 0), ip > 0 ? ip - 1 : 0});
  reraising = false;
  while (true) {
    Frame& f = frames_.back();
    uint32_t at = f.ip > 0 ? f.ip - 1 : 0;
    if (const HandlerEntry* handler = f.code->handler_for(at)) {
      sp = f.stack_base + handler->depth;
      stack[sp++] = Value::from_object(pending_exception_);
      pending_exception_ = nullptr;
      f.ip = handler->target;
      LOAD_FRAME();
      goto dispatch;
    }
    FrameKind kind = f.kind;
    uint32_t result_slot = f.result_slot;
    bool nested_generator = false;
    if (kind == FrameKind::Generator) {
      Generator* gen = f.generator;
      gen->finished = true;
      gen->running = false;
      gen->saved.clear();
      nested_generator = static_cast<ResumeMode>(f.resume_mode) == ResumeMode::Nested;
      if (pending_exception_->type->is_subtype_of(types.StopIteration)) {
        // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
        ExceptionObject* stop = pending_exception_;
        ExceptionObject* replaced = make_exception(*this, types.RuntimeError, "generator raised StopIteration");
        replaced->cause = stop;
        replaced->suppress_context = true;
        replaced->context = stop;
        replaced->traceback = stop->traceback;
        pending_exception_ = replaced;
      }
    }
    frames_.pop_back();
    if (kind == FrameKind::Nested || nested_generator) {
      // Back to the native code that called VM::call; it propagates the exception.
      sp = result_slot;
      return Status::Error;
    }
    if (frames_.empty()) {
      sp = 0;
      finish_with_error();
      return Status::Error;
    }
    Frame& caller = frames_.back();
    pending_exception_->traceback.insert(pending_exception_->traceback.begin(),
                                         {caller.code, caller.code->line_at(caller.ip > 0 ? caller.ip - 1 : 0),
                                          caller.ip > 0 ? caller.ip - 1 : 0});
  }
#undef LOAD_FRAME
#undef SAVE_STATE
#undef PUSH
#undef POP
#undef TOP
#undef RAISE_IF
#undef CALL_TICK
}

}  // namespace saessak
