// The notebook's rich-output channel (modules/notebook.cpp): used by the VM for a cell's result.
#pragma once

#include "objects/value.h"

namespace saessak {

class VM;

// A notebook cell's final value: when the host shows display messages and the value has a
// _repr_html_ (or _svg_, _markdown_, _png_, _jpeg_), sends its rich forms as a "result_data"
// message (via _display._publish_result) before the cell ends. Never leaves an exception pending.
void publish_rich_result(VM& vm, Value result);

}  // namespace saessak
