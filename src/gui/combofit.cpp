#include "gui/combofit.h"

#include <QComboBox>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <algorithm>

namespace vigie::gui {

int comboWidthFor(const QComboBox *combo, const QStringList &texts)
{
    const QFontMetrics fm = combo->fontMetrics();
    int text = 0;
    for (const QString &t : texts)
        text = std::max(text, fm.horizontalAdvance(t));
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    // As QComboBox::sizeHint measures: the text, a little slack for the
    // style's text margins, then the frame and the arrow.
    const QSize contents(text + 4, std::max(fm.height(), 14) + 2);
    return combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, combo).width();
}

void fitComboToTexts(QComboBox *combo, const QStringList &texts)
{
    const int width = comboWidthFor(combo, texts);
    if (combo->minimumWidth() != width) // the same width: no new layout of the bar
        combo->setMinimumWidth(width);
}

} // namespace vigie::gui
