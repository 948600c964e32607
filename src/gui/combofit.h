#pragma once

#include <QStringList>

class QComboBox;

namespace vigie::gui {

// The width a combo box needs to show each of `texts` whole (its frame,
// arrow and margins from the style), set as its minimum width: a filter
// combo's "All customers (1,234)" is never cut, in any language. Longer
// entries (customer names, alert types) are elided in the box and whole in
// the popup.
void fitComboToTexts(QComboBox *combo, const QStringList &texts);

// The widest of `texts` in `combo`'s font, the style's frame and arrow added.
int comboWidthFor(const QComboBox *combo, const QStringList &texts);

} // namespace vigie::gui
