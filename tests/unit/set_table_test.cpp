// The set table on its own, with int keys hashed as CPython hashes small ints (the value
// itself, -1 becoming -2). Expected orders and hashes come from CPython 3.11.
#include "objects/set_table.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string_view>
#include <vector>

#include "objects/list.h"
#include "objects/set.h"
#include "vm/vm.h"

namespace saessak {
namespace {

int64_t int_hash(int64_t v) { return v == -1 ? -2 : v; }

// Ints and doubles compare by numeric value, like Python's 1 == 1.0.
double number(Value v) { return v.is_int() ? static_cast<double>(v.as_int()) : v.as_double(); }
int numbers_equal(void*, Value a, Value b) { return number(a) == number(b) ? 1 : 0; }
const KeyEquality kNumbers{numbers_equal, nullptr};

int always_fails(void* calls, Value, Value) {
  ++*static_cast<int*>(calls);
  return -1;
}

void add_ints(SetTable& t, std::initializer_list<int64_t> values) {
  for (int64_t v : values) ASSERT_TRUE(t.add(Value::from_int(v), int_hash(v), kNumbers));
}

std::vector<int64_t> order(const SetTable& t) {
  std::vector<int64_t> out;
  size_t pos = 0;
  SetSlot slot;
  while (t.next(pos, slot)) out.push_back(slot.key.as_int());
  return out;
}

using Ints = std::vector<int64_t>;

TEST(SetTable, StartsEmptyWithEightSlots) {
  SetTable t;
  EXPECT_EQ(t.size(), 0u);
  EXPECT_EQ(t.fill(), 0u);
  EXPECT_EQ(t.mask(), 7u);
  EXPECT_EQ(order(t), Ints{});
}

TEST(SetTable, SmallIntsLandInTheirOwnSlots) {
  SetTable t;
  add_ints(t, {3, 1, 2});
  EXPECT_EQ(order(t), (Ints{1, 2, 3}));
}

TEST(SetTable, AddingAnEqualKeyChangesNothing) {
  SetTable t;
  add_ints(t, {5, 5});
  ASSERT_TRUE(t.add(Value::from_double(5.0), 5, kNumbers));
  EXPECT_EQ(t.size(), 1u);
  EXPECT_TRUE(t.slots()[5].key.is_int());  // the first key stays
}

TEST(SetTable, CollisionsInASmallTableUsePerturbedProbes) {
  // 8 slots leave no room for the linear run, so 16 goes 0 -> 1 -> 6.
  SetTable t;
  add_ints(t, {0, 8, 16});
  EXPECT_EQ(order(t), (Ints{0, 8, 16}));
  EXPECT_EQ(t.slots()[6].key.as_int(), 16);
}

TEST(SetTable, CollisionsInALargeTableProbeLinearlyFirst) {
  SetTable t;
  add_ints(t, {0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88});
  EXPECT_EQ(order(t), (Ints{0, 32, 64, 8, 40, 72, 16, 48, 80, 24, 56, 88}));
  SetTable u;
  for (int64_t i = 0; i < 20; ++i) ASSERT_TRUE(u.add(Value::from_int(i * 32), i * 32, kNumbers));
  EXPECT_EQ(order(u), (Ints{0, 128, 256, 384, 512, 32, 160, 288, 416, 544, 64, 192, 320, 448, 576, 96, 224, 352,
                            480, 608}));
}

TEST(SetTable, GrowsWhenThreeFifthsOfTheMaskIsFilled) {
  SetTable t;
  add_ints(t, {0, 1, 2, 3});
  EXPECT_EQ(t.mask(), 7u);
  add_ints(t, {4});  // fill 5: 5*5 >= 7*3, so resize to used*4 = 20 -> 32 slots
  EXPECT_EQ(t.mask(), 31u);
  EXPECT_EQ(t.fill(), 5u);
}

TEST(SetTable, ANewKeyTakesTheLastDummyOnItsProbeChain) {
  SetTable t;
  add_ints(t, {0, 8, 16});
  EXPECT_EQ(t.discard(Value::from_int(0), 0, kNumbers), 1);
  EXPECT_EQ(t.discard(Value::from_int(16), 16, kNumbers), 1);
  EXPECT_EQ(t.size(), 1u);
  EXPECT_EQ(t.fill(), 3u);  // dummies still count toward fill
  add_ints(t, {24});
  EXPECT_EQ(order(t), (Ints{8, 24}));
  EXPECT_EQ(t.fill(), 3u);  // reusing a dummy does not add to fill
}

TEST(SetTable, DiscardReportsAbsentKeysAndDummiesDoNotEndSearches) {
  SetTable t;
  add_ints(t, {0, 8, 16});
  EXPECT_EQ(t.discard(Value::from_int(8), 8, kNumbers), 1);
  EXPECT_EQ(t.discard(Value::from_int(8), 8, kNumbers), 0);
  EXPECT_EQ(t.contains(Value::from_int(16), 16, kNumbers), 1);  // found past the dummy
  EXPECT_EQ(t.contains(Value::from_int(8), 8, kNumbers), 0);
}

TEST(SetTable, PopWalksFromTheFinger) {
  SetTable t;
  for (int64_t i = 0; i < 10; ++i) ASSERT_TRUE(t.add(Value::from_int(i), i, kNumbers));
  EXPECT_EQ(t.pop().as_int(), 0);
  EXPECT_EQ(t.pop().as_int(), 1);
  EXPECT_EQ(t.pop().as_int(), 2);
  add_ints(t, {0, 100});
  EXPECT_EQ(order(t), (Ints{0, 3, 4, 5, 6, 7, 8, 9, 100}));
  EXPECT_EQ(t.pop().as_int(), 3);  // the finger is past slot 2, so 0 waits its turn
  EXPECT_EQ(t.pop().as_int(), 4);
}

TEST(SetTable, PopWrapsAroundTheEnd) {
  SetTable t;
  add_ints(t, {7});
  EXPECT_EQ(t.pop().as_int(), 7);
  add_ints(t, {1});
  EXPECT_EQ(t.finger(), 8u);
  EXPECT_EQ(t.pop().as_int(), 1);
}

TEST(SetTable, FrozensetHashMatchesCPython) {
  SetTable empty;
  EXPECT_EQ(empty.frozenset_hash(), 133146708735736);
  SetTable t;
  add_ints(t, {1, 2, 3});
  EXPECT_EQ(t.frozenset_hash(), -272375401224217160);
  SetTable u;
  add_ints(u, {-1, -2, 7});  // -1 and -2 share hash -2
  EXPECT_EQ(u.size(), 3u);
  EXPECT_EQ(u.frozenset_hash(), -4509345495122631080);
  SetTable big;
  for (int64_t i = 0; i < 100; ++i) ASSERT_TRUE(big.add(Value::from_int(i), i, kNumbers));
  EXPECT_EQ(big.frozenset_hash(), 4411996150312757951);
}

TEST(SetTable, FrozensetHashIgnoresDummies) {
  SetTable t;
  add_ints(t, {1, 2, 3, 40, 41});
  EXPECT_EQ(t.discard(Value::from_int(40), 40, kNumbers), 1);
  EXPECT_EQ(t.discard(Value::from_int(41), 41, kNumbers), 1);
  EXPECT_NE(t.fill(), t.size());
  EXPECT_EQ(t.frozenset_hash(), -272375401224217160);
}

TEST(SetTable, PurgingDummiesShrinksTheTable) {
  SetTable t;
  for (int64_t i = 0; i < 76; ++i) ASSERT_TRUE(t.add(Value::from_int(i), i, kNumbers));
  EXPECT_EQ(t.mask(), 127u);
  for (int64_t i = 0; i < 70; ++i) ASSERT_EQ(t.discard(Value::from_int(i), i, kNumbers), 1);
  t.purge_dummies_if_many();  // 70 dummies > 127 / 4: rebuild for 6 * 4 keys
  EXPECT_EQ(t.mask(), 31u);
  EXPECT_EQ(t.fill(), 6u);
  add_ints(t, {32, 64});
  EXPECT_EQ(order(t), (Ints{32, 64, 70, 71, 72, 73, 74, 75}));
}

TEST(SetTable, FewDummiesAreLeftInPlace) {
  SetTable t;
  for (int64_t i = 0; i < 100; ++i) ASSERT_TRUE(t.add(Value::from_int(i), i, kNumbers));
  for (int64_t i = 0; i < 90; ++i) ASSERT_EQ(t.discard(Value::from_int(i), i, kNumbers), 1);
  t.purge_dummies_if_many();  // 90 dummies <= 511 / 4
  EXPECT_EQ(t.mask(), 511u);
  EXPECT_EQ(t.fill(), 100u);
}

TEST(SetTable, MergeIntoAnEmptyTableOfTheSameSizeCopiesTheLayout) {
  SetTable a;
  add_ints(a, {0, 8, 16});
  SetTable b;
  ASSERT_TRUE(b.merge(a, kNumbers));
  ASSERT_EQ(b.mask(), a.mask());
  for (size_t i = 0; i <= a.mask(); ++i) EXPECT_EQ(b.slots()[i].key, a.slots()[i].key) << i;
  EXPECT_EQ(b.fill(), 3u);
}

TEST(SetTable, MergeResizesOnceThenReinsertsInSourceOrder) {
  SetTable a;
  add_ints(a, {0, 8, 16, 24, 32, 40, 48, 56});
  EXPECT_EQ(order(a), (Ints{0, 32, 8, 40, 16, 48, 24, 56}));
  SetTable b;
  ASSERT_TRUE(b.merge(a, kNumbers));
  EXPECT_EQ(b.mask(), 31u);  // (0 + 8) * 2 = 16 -> 32 slots, as a had
  EXPECT_EQ(order(b), order(a));
  SetTable c;
  add_ints(c, {5});
  ASSERT_TRUE(c.merge(a, kNumbers));  // not empty: ordinary adds
  EXPECT_EQ(c.size(), 9u);
  ASSERT_TRUE(c.merge(c, kNumbers));  // merging with itself changes nothing
  EXPECT_EQ(c.size(), 9u);
}

TEST(SetTable, MergeWithDummiesInTheSourceLeavesThemBehind) {
  SetTable a;
  add_ints(a, {1, 2, 3});
  ASSERT_EQ(a.discard(Value::from_int(2), 2, kNumbers), 1);
  SetTable b;
  ASSERT_TRUE(b.merge(a, kNumbers));
  EXPECT_EQ(order(b), (Ints{1, 3}));
  EXPECT_EQ(b.fill(), 2u);
}

TEST(SetTable, ClearGoesBackToEightSlotsButKeepsTheFinger) {
  SetTable t;
  for (int64_t i = 0; i < 50; ++i) ASSERT_TRUE(t.add(Value::from_int(i), i, kNumbers));
  (void)t.pop();
  (void)t.pop();
  t.clear();
  EXPECT_EQ(t.mask(), 7u);
  EXPECT_EQ(t.size(), 0u);
  EXPECT_EQ(t.finger(), 2u);
  add_ints(t, {0, 5});
  EXPECT_EQ(t.pop().as_int(), 5);
}

TEST(SetTable, SwapContentsKeepsEachFinger) {
  SetTable a;
  add_ints(a, {1, 2, 3});
  (void)a.pop();
  SetTable b;
  add_ints(b, {6});
  a.swap_contents(b);
  EXPECT_EQ(order(a), Ints{6});
  EXPECT_EQ(order(b), (Ints{2, 3}));
  EXPECT_EQ(a.finger(), 2u);
  EXPECT_EQ(b.finger(), 0u);
}

TEST(SetTable, ComparisonErrorsAreReported) {
  SetTable t;
  add_ints(t, {1});
  int calls = 0;
  KeyEquality failing{always_fails, &calls};
  // Same hash, different bits: the comparison runs and fails.
  EXPECT_EQ(t.contains(Value::from_double(1.0), 1, failing), -1);
  EXPECT_FALSE(t.add(Value::from_double(1.0), 1, failing));
  EXPECT_EQ(t.discard(Value::from_double(1.0), 1, failing), -1);
  EXPECT_EQ(calls, 3);
  // The identical key never needs the comparison.
  EXPECT_EQ(t.contains(Value::from_int(1), 1, failing), 1);
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(t.size(), 1u);
}

TEST(SetTable, ManyKeysSurviveGrowthAndRemoval) {
  SetTable t;
  for (int64_t i = 0; i < 5000; ++i) ASSERT_TRUE(t.add(Value::from_int(i * 7), i * 7, kNumbers));
  EXPECT_EQ(t.size(), 5000u);
  EXPECT_EQ(t.mask(), 32767u);
  for (int64_t i = 0; i < 5000; i += 2) ASSERT_EQ(t.discard(Value::from_int(i * 7), i * 7, kNumbers), 1);
  for (int64_t i = 0; i < 5000; ++i)
    ASSERT_EQ(t.contains(Value::from_int(i * 7), i * 7, kNumbers), i % 2) << i;
  EXPECT_EQ(t.size(), 2500u);
}

// ---- the set object's constant-display helpers, which no Python program reaches yet ----

class SilentHost final : public Host {
 public:
  void write_stdout(std::string_view) override {}
  void write_stderr(std::string_view) override {}
};

std::vector<Value> int_values(std::initializer_list<int64_t> values) {
  std::vector<Value> out;
  for (int64_t v : values) out.push_back(Value::from_int(v));
  return out;
}

Ints items_of(Value set) {
  Ints out;
  for (Value v : set_items(set)) out.push_back(v.as_int());
  return out;
}

TEST(SetObject, ConstantDisplaysFollowCPythonsFrozensetConstants) {
  SilentHost host;
  VM vm(host);
  std::vector<Value> items = int_values({20, 40, 0, 60, 8});
  // One by one (BUILD_SET n), `for x in {...}` (the merged frozenset constant), and the
  // display as a value (BUILD_SET 0 + SET_UPDATE): three orders, as in CPython 3.11.
  Object* one_by_one = make_set(vm, vm.types.set);
  for (Value v : items) ASSERT_TRUE(set_add(vm, one_by_one, v));
  EXPECT_EQ(items_of(Value::from_object(one_by_one)), (Ints{0, 40, 8, 20, 60}));
  Value frozen = frozenset_from_constants(vm, items.data(), items.size());
  ASSERT_FALSE(frozen.is_error());
  EXPECT_EQ(frozen.as_object()->type, vm.types.frozenset);
  EXPECT_EQ(items_of(frozen), (Ints{0, 8, 40, 20, 60}));
  Value display = make_set_from_constants(vm, items.data(), items.size());
  ASSERT_FALSE(display.is_error());
  EXPECT_EQ(display.as_object()->type, vm.types.set);
  EXPECT_EQ(items_of(display), (Ints{0, 20, 8, 40, 60}));
}

TEST(SetObject, UnhashableConstantsAreErrors) {
  SilentHost host;
  VM vm(host);
  Value items[] = {Value::from_int(1), Value::from_object(make_list(vm, {}))};
  EXPECT_TRUE(frozenset_from_constants(vm, items, 2).is_error());
}

TEST(SetObject, UpdateFromASetMergesItsLayout) {
  SilentHost host;
  VM vm(host);
  Object* source = make_set(vm, vm.types.set);
  for (int64_t i = 0; i < 12; ++i) ASSERT_TRUE(set_add(vm, source, Value::from_int(i * 8)));
  EXPECT_EQ(items_of(Value::from_object(source)), (Ints{0, 32, 64, 8, 40, 72, 16, 48, 80, 24, 56, 88}));
  Object* target = make_set(vm, vm.types.set);
  ASSERT_TRUE(set_add(vm, target, Value::from_int(1)));
  ASSERT_TRUE(set_update(vm, target, Value::from_object(source)));
  // CPython: s = {1}; s.update(source) -> 1 sits among the multiples of 8.
  EXPECT_EQ(items_of(Value::from_object(target)), (Ints{0, 1, 32, 64, 8, 40, 72, 16, 48, 80, 24, 56, 88}));
}

}  // namespace
}  // namespace saessak
