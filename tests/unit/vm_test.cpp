#include <gtest/gtest.h>

#include <string>

#include "vm/vm.h"

namespace saessak {
namespace {

class CapturingHost final : public Host {
 public:
  void write_stdout(std::string_view text) override { out += text; }
  void write_stderr(std::string_view text) override { err += text; }
  std::string out, err;
};

Status run_all(VM& vm, int64_t budget = 1 << 20) {
  Status s;
  while ((s = vm.run(budget)) == Status::SuspendedBudget) {
  }
  return s;
}

TEST(VM, RunsAProgram) {
  CapturingHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("print(6 * 7)\n", "main.py", CompileMode::File));
  EXPECT_EQ(run_all(vm), Status::Done);
  EXPECT_EQ(host.out, "42\n");
}

TEST(VM, SuspendsEveryFewTicksAndResumesExactlyWhereItStopped) {
  CapturingHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("t = 0\nfor i in range(1000):\n    t += i\nprint(t)\n", "main.py", CompileMode::File));
  int slices = 0;
  Status s;
  while ((s = vm.run(10)) == Status::SuspendedBudget) ++slices;
  EXPECT_EQ(s, Status::Done);
  EXPECT_GE(slices, 90);
  EXPECT_EQ(host.out, "499500\n");
}

TEST(VM, InputSuspendsAndTheReplyBecomesTheValue) {
  CapturingHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("name = input('name? ')\nprint('hi', name)\n", "main.py", CompileMode::File));
  ASSERT_EQ(run_all(vm), Status::SuspendedInput);
  EXPECT_EQ(vm.input_prompt(), "name? ");
  EXPECT_EQ(vm.run(100), Status::SuspendedInput);  // still waiting
  vm.reply_input("Ada");
  EXPECT_EQ(run_all(vm), Status::Done);
  EXPECT_EQ(host.out, "hi Ada\n");
}

TEST(VM, InterruptStopsAnEndlessLoopAndKeepsVariables) {
  CapturingHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("x = 5\nwhile True:\n    pass\n", "<cell 1>", CompileMode::Cell));
  EXPECT_EQ(vm.run(1000), Status::SuspendedBudget);
  vm.interrupt();
  EXPECT_EQ(vm.run(1000), Status::Error);
  EXPECT_EQ(vm.last_error().ename, "KeyboardInterrupt");
  ASSERT_TRUE(vm.start("x + 1\n", "<cell 2>", CompileMode::Cell));
  EXPECT_EQ(run_all(vm), Status::Done);
  ASSERT_TRUE(vm.has_result());
  EXPECT_EQ(vm.result_repr(), "6");
}

TEST(VM, InterruptWhileWaitingForInput) {
  CapturingHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("input()\n", "main.py", CompileMode::File));
  ASSERT_EQ(run_all(vm), Status::SuspendedInput);
  vm.interrupt();
  EXPECT_EQ(vm.run(100), Status::Error);
  EXPECT_EQ(vm.last_error().ename, "KeyboardInterrupt");
}

TEST(VM, UncaughtErrorsRenderAsCPythonTracebacks) {
  CapturingHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("def f():\n    return 1 / 0\nf()\n", "main.py", CompileMode::File));
  EXPECT_EQ(run_all(vm), Status::Error);
  // The exact text is pinned against CPython by tests/conformance/tracebacks/.
  const std::string& tb = vm.last_error().traceback;
  EXPECT_EQ(tb.rfind("Traceback (most recent call last):\n", 0), 0u);
  EXPECT_NE(tb.find("  File \"main.py\", line 3, in <module>\n    f()\n"), std::string::npos);
  EXPECT_NE(tb.find("  File \"main.py\", line 2, in f\n    return 1 / 0\n"), std::string::npos);
  const std::string last = "ZeroDivisionError: division by zero\n";
  EXPECT_EQ(tb.substr(tb.size() - last.size()), last);
}

TEST(VM, NameErrorSuggestsTheClosestName) {
  CapturingHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("pritn('x')\n", "main.py", CompileMode::File));
  EXPECT_EQ(run_all(vm), Status::Error);
  const std::string& tb = vm.last_error().traceback;
  EXPECT_NE(tb.find("NameError: name 'pritn' is not defined. Did you mean: 'print'?\n"), std::string::npos);
}

TEST(VM, RunawayRecursionIsARecursionError) {
  CapturingHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("def f(n):\n    return f(n + 1)\nf(0)\n", "main.py", CompileMode::File));
  EXPECT_EQ(run_all(vm), Status::Error);
  EXPECT_EQ(vm.last_error().ename, "RecursionError");
}

TEST(VM, HugeListIsAMemoryError) {
  CapturingHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("x = [0] * 10**10\n", "main.py", CompileMode::File));
  EXPECT_EQ(run_all(vm), Status::Error);
  EXPECT_EQ(vm.last_error().ename, "MemoryError");
}

TEST(VM, GarbageIsCollectedWhileARunKeepsWhatIsLive) {
  CapturingHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("keep = [1, 2, 3]\nfor i in range(300000):\n    s = 'x' * 100\nprint(keep, len(s))\n",
                       "main.py", CompileMode::File));
  EXPECT_EQ(run_all(vm, 1000), Status::Done);
  EXPECT_EQ(host.out, "[1, 2, 3] 100\n");
  EXPECT_LT(vm.heap.object_count(), 200000u);
}

}  // namespace
}  // namespace saessak
