#pragma once

#include <QHash>

class QTableView;

namespace vigie::gui {

// Column widths for 1280×800 in both languages: every column at least as
// wide as its header label (French labels are ~20 % longer and were cut,
// "mière occurren"), `stretchColumn` taking what is left, cells elided.
// Call again after a language switch.
// `minimum`: a floor per column for content wider than its label (names,
// dates); the other columns are exactly as wide as their label.
void fitColumnsToHeaders(QTableView *view, int stretchColumn, const QHash<int, int> &minimum = {});

} // namespace vigie::gui
