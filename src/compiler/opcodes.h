// The instruction set: one table drives the enum, the disassembler's names and the VM's
// dispatch table. An instruction is one 32-bit word: opcode in the low 8 bits, argument in
// the high 24 (see src/vm/NOTES.md for why not CPython's 16-bit units).
#pragma once

#include <cstdint>

namespace saessak {

//        name                 argument
#define SAESSAK_OPCODES(X)                                                       \
  X(NOP)                    /* -                                             */ \
  X(POP_TOP)                /* -                                             */ \
  X(COPY)                   /* n: push a copy of the n-th item (1 = top)     */ \
  X(SWAP)                   /* n: swap top with the n-th item                */ \
  X(LOAD_CONST)             /* index into constants                          */ \
  X(LOAD_FAST)              /* local slot                                    */ \
  X(STORE_FAST)             /* local slot                                    */ \
  X(LOAD_GLOBAL)            /* index into names: globals, then builtins      */ \
  X(STORE_GLOBAL)           /* index into names                              */ \
  X(LOAD_NAME)              /* index into names (module level)               */ \
  X(STORE_NAME)             /* index into names (module level)               */ \
  X(LOAD_ATTR)              /* index into names                              */ \
  X(LOAD_METHOD)            /* index into names: pushes method, self         */ \
  X(BINARY_OP)              /* BinaryOp                                      */ \
  X(INPLACE_OP)             /* BinaryOp, for augmented assignment            */ \
  X(UNARY_NEGATIVE)         /* -                                             */ \
  X(UNARY_POSITIVE)         /* -                                             */ \
  X(UNARY_INVERT)           /* -                                             */ \
  X(UNARY_NOT)              /* -                                             */ \
  X(COMPARE_OP)             /* CompareOp                                     */ \
  X(BINARY_SUBSCR)          /* -                                             */ \
  X(STORE_SUBSCR)           /* -: stack is value, container, index           */ \
  X(STORE_ATTR)             /* index into names: stack is value, object      */ \
  X(UNPACK_SEQUENCE)        /* item count: pushes items, first on top        */ \
  X(BUILD_MAP)              /* pair count                                    */ \
  X(FORMAT_VALUE)           /* conversion 0/s/r/a in bits 0-1, 4: spec on top */ \
  X(BUILD_STRING)           /* piece count                                   */ \
  X(BUILD_SET)              /* item count                                    */ \
  X(SET_UPDATE)             /* n: add every item of TOS to the set n deep    */ \
  X(DICT_UPDATE)            /* n: update the dict n deep with the mapping TOS */ \
  X(SET_ADD)                /* n: add TOS to the set n deep                  */ \
  X(BUILD_SLICE)            /* 2 or 3 items                                  */ \
  X(BUILD_LIST)             /* item count                                    */ \
  X(BUILD_TUPLE)            /* item count                                    */ \
  X(JUMP_FORWARD)           /* absolute target                               */ \
  X(JUMP_BACKWARD)          /* absolute target; a tick                       */ \
  X(POP_JUMP_IF_FALSE)      /* absolute target                               */ \
  X(POP_JUMP_IF_TRUE)       /* absolute target                               */ \
  X(JUMP_IF_FALSE_OR_POP)   /* absolute target                               */ \
  X(JUMP_IF_TRUE_OR_POP)    /* absolute target                               */ \
  X(GET_ITER)               /* -                                             */ \
  X(FOR_ITER)               /* absolute target when exhausted                */ \
  X(CALL)                   /* positional count; a tick                      */ \
  X(CALL_KW)                /* total count; kwnames tuple is on top          */ \
  X(CALL_METHOD)            /* positional count, after LOAD_METHOD           */ \
  X(CALL_METHOD_KW)         /* total count, after LOAD_METHOD; kwnames on top*/ \
  X(CALL_FUNCTION_EX)       /* 1 if a kwargs dict is on top of the args tuple*/ \
  X(LIST_APPEND)            /* n: append TOS to the list n deep              */ \
  X(LIST_EXTEND)            /* n: extend the list n deep with TOS            */ \
  X(LIST_TO_TUPLE)          /* -                                             */ \
  X(MAP_ADD)                /* n: dict n deep [key] = value (TOS1, TOS)      */ \
  X(DICT_MERGE)             /* n: merge TOS into the kwargs dict n deep      */ \
  X(IMPORT_NAME)            /* index into names: the module (top package unless from-import) */ \
  X(IMPORT_FROM)            /* index into names: module stays, attribute pushed */ \
  X(IMPORT_STAR)            /* -: module's public names into the namespace   */ \
  X(BEFORE_WITH)            /* -: manager -> __exit__ bound, __enter__() result */ \
  X(WITH_EXCEPT_START)      /* -: exit, prev, exc -> ..., exit(type, exc, tb) */ \
  X(UNPACK_EX)              /* before | after << 8: a, *rest, b = ...        */ \
  X(MATCH_SEQUENCE)         /* -: subject -> subject, is it a sequence       */ \
  X(MATCH_MAPPING)          /* -: subject -> subject, is it a mapping        */ \
  X(GET_LEN)                /* -: obj -> obj, len(obj)                       */ \
  X(MATCH_KEYS)             /* -: subject, keys -> subject, keys, values or None */ \
  X(DICT_WITHOUT_KEYS)      /* -: subject, keys -> rest dict                 */ \
  X(MATCH_CLASS)            /* positional count: subject, cls, names -> attributes or None */ \
  X(SETUP_ANNOTATIONS)      /* -: make __annotations__ if it does not exist  */ \
  X(BUILD_CLASS)            /* base count: body function, name, bases        */ \
  X(MAKE_FUNCTION)          /* flags: defaults, kwdefaults, closure below code*/ \
  X(MAKE_CELL)              /* local slot: wrap its value in a new cell      */ \
  X(COPY_FREE_VARS)         /* count: closure cells into the last slots      */ \
  X(LOAD_CLOSURE)           /* local slot: push the cell itself              */ \
  X(LOAD_DEREF)             /* local slot holding a cell: push its value     */ \
  X(STORE_DEREF)            /* local slot holding a cell: set its value      */ \
  X(RETURN_VALUE)           /* -                                             */ \
  X(YIELD_VALUE)            /* -: suspend the generator; resumes with the sent value */ \
  X(GET_YIELD_FROM_ITER)    /* -                                             */ \
  X(GET_AWAITABLE)          /* -: the iterator `await` drives                */ \
  X(GET_AITER)              /* -: obj -> obj.__aiter__()                     */ \
  X(GET_ANEXT)              /* -: aiter -> aiter, aiter.__anext__()          */ \
  X(END_ASYNC_FOR)          /* loop exit: StopAsyncIteration ends the loop   */ \
  X(BEFORE_ASYNC_WITH)      /* -: manager -> __aexit__ bound, __aenter__()   */ \
  X(SEND)                   /* target when the receiver is exhausted         */ \
  X(DISPLAY_RESULT)         /* -: the value of a cell's or REPL's expression */ \
  X(PUSH_EXC_INFO)          /* -: exc -> previously handled exc, exc         */ \
  X(POP_EXCEPT)             /* -: pop and restore the previously handled exc */ \
  X(CHECK_EXC_MATCH)        /* -: exc, type -> exc, bool                     */ \
  X(RERAISE)                /* -: raise TOS again, adding no traceback entry */ \
  X(RAISE_VARARGS)          /* 0: re-raise, 1: raise TOS, 2: raise TOS1 from TOS */ \
  X(LOAD_ASSERTION_ERROR)   /* -                                             */ \
  X(DELETE_FAST)            /* local slot                                    */ \
  X(DELETE_DEREF)           /* local slot holding a cell                     */ \
  X(DELETE_NAME)            /* index into names                              */ \
  X(DELETE_GLOBAL)          /* index into names                              */ \
  X(DELETE_ATTR)            /* index into names                              */ \
  X(DELETE_SUBSCR)          /* -                                             */

enum class Op : uint8_t {
#define SAESSAK_OPCODE_ENUM(name) name,
  SAESSAK_OPCODES(SAESSAK_OPCODE_ENUM)
#undef SAESSAK_OPCODE_ENUM
};

inline constexpr const char* kOpNames[] = {
#define SAESSAK_OPCODE_NAME(name) #name,
    SAESSAK_OPCODES(SAESSAK_OPCODE_NAME)
#undef SAESSAK_OPCODE_NAME
};

// MAKE_FUNCTION's flags, as CPython's.
inline constexpr uint32_t kMakeFunctionDefaults = 0x01;
inline constexpr uint32_t kMakeFunctionKwDefaults = 0x02;
inline constexpr uint32_t kMakeFunctionClosure = 0x08;

inline constexpr uint32_t kMaxOpArg = (1u << 24) - 1;
inline constexpr uint32_t encode(Op op, uint32_t arg) { return static_cast<uint32_t>(op) | (arg << 8); }
inline constexpr Op op_of(uint32_t word) { return static_cast<Op>(word & 0xFF); }
inline constexpr uint32_t arg_of(uint32_t word) { return word >> 8; }

}  // namespace saessak
