#pragma once

class QTableView;

namespace vigie::gui {

// Column widths for 1280×800 in both languages: every column at least as
// wide as its header label (French labels are ~20 % longer and were cut,
// "mière occurren"), `stretchColumn` taking what is left, cells elided.
// Call again after a language switch.
void fitColumnsToHeaders(QTableView *view, int stretchColumn);

} // namespace vigie::gui
