// The turtle module and display() against a host that shows display messages, as the notebook's
// worker does (src/modules/python/turtle.py, _display.py, modules/notebook.cpp). CPython's turtle
// needs a Tk window, so the geometry of Turtle (circle, fills) is checked here against values
// derivable by hand; TNavigator's is checked against CPython in tests/conformance/turtle/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "vm/vm.h"

namespace saessak {
namespace {

class NotebookHost final : public Host {
 public:
  void write_stdout(std::string_view text) override { out += text; }
  void write_stderr(std::string_view text) override { err += text; }
  bool display(std::string_view message) override {
    if (!message.empty()) messages.emplace_back(message);
    return true;
  }
  size_t count(std::string_view needle) const {
    size_t n = 0;
    for (const std::string& m : messages)
      for (size_t at = m.find(needle); at != std::string::npos; at = m.find(needle, at + 1)) ++n;
    return n;
  }
  std::string out, err;
  std::vector<std::string> messages;
};

// Runs to the end, answering every sleep at once; counts the sleeps.
Status run_through_sleeps(VM& vm, int& sleeps) {
  for (;;) {
    Status s = vm.run(1 << 20);
    if (s == Status::SuspendedSleep) ++sleeps;
    else if (s != Status::SuspendedBudget) return s;
  }
}

TEST(Turtle, GeometryOfCirclesAndPolygons) {
  NotebookHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start(R"(import turtle, math
t = turtle.Turtle()
t.speed(0)
t.circle(100)
assert abs(t.xcor()) < 1e-6 and abs(t.ycor()) < 1e-6, t.pos()
assert abs(t.heading()) < 1e-6 or abs(t.heading() - 360) < 1e-6
t.circle(100, 180)           # half a circle to the left: the far side of the diameter
assert abs(t.xcor()) < 1e-6 and abs(t.ycor() - 200) < 1e-6, t.pos()
assert abs(t.heading() - 180) < 1e-6
t.home()
t.circle(-50, 90)            # a right turn: a quarter of a circle below
assert abs(t.xcor() - 50) < 1e-6 and abs(t.ycor() + 50) < 1e-6, t.pos()
assert abs(t.heading() - 270) < 1e-6
t.home()
t.circle(60, steps=6)        # a hexagon: 6 sides as long as the radius
assert abs(t.xcor()) < 1e-6 and abs(t.ycor()) < 1e-6
for i in range(5):           # a star
    t.forward(100)
    t.right(144)
assert abs(t.xcor()) < 1e-6 and abs(t.ycor()) < 1e-6
assert abs(t.heading()) < 1e-6 or abs(t.heading() - 360) < 1e-6
print('ok')
)",
                       "main.py", CompileMode::File));
  int sleeps = 0;
  EXPECT_EQ(run_through_sleeps(vm, sleeps), Status::Done) << vm.last_error().traceback;
  EXPECT_EQ(host.out, "ok\n");
  EXPECT_EQ(sleeps, 0) << "speed(0) draws without pausing";
}

TEST(Turtle, ASquareSendsFourLinesAndAnimatesThroughSleeps) {
  NotebookHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("import turtle\nt = turtle.Turtle()\nfor i in range(4):\n    t.forward(100)\n    t.left(90)\n",
                       "main.py", CompileMode::File));
  int sleeps = 0;
  EXPECT_EQ(run_through_sleeps(vm, sleeps), Status::Done) << vm.last_error().traceback;
  EXPECT_GT(sleeps, 8) << "moves and turns are paced by time.sleep";
  // Each side is one line item (i = 1..4), sent again as it grows; the last sending ends at the corner.
  for (const char* item : {"\"i\":1,", "\"i\":2,", "\"i\":3,", "\"i\":4,"}) EXPECT_GT(host.count(item), 0u) << item;
  EXPECT_EQ(host.count("\"i\":5,"), 0u);
  EXPECT_GT(host.count("\"x2\":100.00,\"y2\":0.00"), 0u);
  EXPECT_EQ(host.messages.front().rfind("{\"type\":\"turtle\",\"ops\":[{\"op\":\"reset\"", 0), 0u);
}

TEST(Turtle, StopDuringADrawingKeepsTheTurtlesState) {
  NotebookHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("import turtle\nt = turtle.Turtle()\nt.speed(1)\nt.forward(300)\n", "<cell 1>", CompileMode::Cell));
  Status s;
  int sleeps = 0;
  while ((s = vm.run(1 << 20)) == Status::SuspendedBudget || (s == Status::SuspendedSleep && ++sleeps < 10)) {
  }
  ASSERT_EQ(s, Status::SuspendedSleep);
  vm.interrupt();
  EXPECT_EQ(vm.run(1 << 20), Status::Error);
  EXPECT_EQ(vm.last_error().ename, "KeyboardInterrupt");
  ASSERT_TRUE(vm.start("0 < t.xcor() < 300, t.ycor(), t.isdown()", "<cell 2>", CompileMode::Cell));
  EXPECT_EQ(vm.run(1 << 20), Status::Done);
  EXPECT_EQ(vm.result_repr(), "(True, 0.0, True)");
}

TEST(Turtle, DisplayAndRichResults) {
  NotebookHost host;
  VM vm(host);
  ASSERT_TRUE(vm.start("import _display\n", "main.py", CompileMode::File));
  ASSERT_EQ(vm.run(1 << 20), Status::Done);
  ASSERT_TRUE(vm.start(
      "class A:\n    def _repr_html_(self): return '<b>\"hi\"</b>'\n    def __repr__(self): return 'A()'\ndisplay(A(), 5)\nA()",
      "<cell 1>", CompileMode::Cell));
  EXPECT_EQ(vm.run(1 << 20), Status::Done) << vm.last_error().traceback;
  ASSERT_EQ(host.messages.size(), 3u);
  EXPECT_EQ(host.messages[0], R"json({"type":"display_data","data":{"text/plain":"A()","text/html":"<b>\"hi\"</b>"}})json");
  EXPECT_EQ(host.messages[1], R"json({"type":"display_data","data":{"text/plain":"5"}})json");
  EXPECT_EQ(host.messages[2], R"json({"type":"result_data","data":{"text/html":"<b>\"hi\"</b>"}})json");
  EXPECT_EQ(vm.result_repr(), "A()");
}

}  // namespace
}  // namespace saessak
