#include "support/LayoutChecks.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>
#include <QWidget>

#include <algorithm>

namespace {

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 (%2)").arg(widget->objectName(), QLatin1String(widget->metaObject()->className()));
}

QString rectText(const QRect& rect)
{
    return QStringLiteral("%1,%2 %3×%4").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

// Inside a scroll area's viewport (below window): reachable by scrolling.
bool scrolled(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* p = widget->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(p))
            return true;
    }
    return false;
}

// The text as shown: "&&" is "&", a single "&" marks the mnemonic and is not drawn.
QString withoutMnemonics(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x0001), QLatin1Char('&'));
    return text;
}

QStringList shownLines(const QLabel* label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    } else if (label->buddy()) {
        text = withoutMnemonics(text);
    }
    return text.split(QRegularExpression(QStringLiteral("[\\n\\x{2028}\\x{2029}]")), Qt::SkipEmptyParts);
}

QString labelProblem(const QLabel* label)
{
    if (label->text().isEmpty())
        return {};
    const QFontMetrics metrics = label->fontMetrics();
    const int room = label->contentsRect().width() - 2 * label->margin() - std::max(label->indent(), 0);
    const QStringList lines = shownLines(label);
    for (const QString& line : lines) {
        const QStringList pieces = label->wordWrap()
            ? line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
            : QStringList{line};
        for (const QString& piece : pieces) {
            const int needed = metrics.horizontalAdvance(piece);
            if (needed > room)
                return QStringLiteral("%1 px for \"%2\", which needs %3").arg(room).arg(piece).arg(needed);
        }
    }
    if (label->wordWrap() && label->heightForWidth(label->width()) > label->height())
        return QStringLiteral("%1 px high for \"%2\", which needs %3 at %4 px wide")
            .arg(label->height())
            .arg(label->text())
            .arg(label->heightForWidth(label->width()))
            .arg(label->width());
    return {};
}

// The width a button's text has: the button less its frame, margins, indicator and icon.
QString buttonProblem(const QAbstractButton* button)
{
    const QString text = withoutMnemonics(button->text());
    if (text.isEmpty())
        return {};
    const auto* tool = qobject_cast<const QToolButton*>(button);
    if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return {};
    const QStyle* style = button->style();
    int room = button->contentsRect().width();
    if (qobject_cast<const QPushButton*>(button)) {
        room -= 2
            * (style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button) / 2
               + style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button));
    } else if (qobject_cast<const QCheckBox*>(button)) {
        room -= style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, button)
            + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, button);
    } else if (qobject_cast<const QRadioButton*>(button)) {
        room -= style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, button)
            + style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, button);
    }
    if (!button->icon().isNull() && !(tool && tool->toolButtonStyle() == Qt::ToolButtonTextOnly))
        room -= button->iconSize().width() + 4;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const int needed = button->fontMetrics().horizontalAdvance(line);
        if (needed > room)
            return QStringLiteral("%1 px for \"%2\", which needs %3").arg(room).arg(line).arg(needed);
    }
    return {};
}

// Whether layout (or a layout inside it) places widget.
bool lays(const QLayout* layout, const QWidget* widget)
{
    if (!layout)
        return false;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->widget() == widget || lays(item->layout(), widget))
            return true;
    }
    return false;
}

} // namespace

namespace LayoutChecks {

QStringList problems(const QWidget* window)
{
    QStringList found;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    QList<const QWidget*> shown;
    for (const QWidget* widget : widgets) {
        if (!widget->isWindow() && widget->window() == window && widget->isVisibleTo(window))
            shown << widget;
    }
    for (const QWidget* widget : std::as_const(shown)) {
        const QWidget* parent = widget->parentWidget();
        if (!scrolled(widget, window)) {
            if (!parent->rect().contains(widget->geometry()))
                found << describe(widget)
                        + QStringLiteral(": at %1 in %2×%3, outside its parent")
                              .arg(rectText(widget->geometry()))
                              .arg(parent->width())
                              .arg(parent->height());
            const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
            if (parent != window && !window->rect().contains(inWindow))
                found << describe(widget)
                        + QStringLiteral(": at %1 in a window of %2×%3")
                              .arg(rectText(inWindow))
                              .arg(window->width())
                              .arg(window->height());
        }
        QString cut;
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            cut = labelProblem(label);
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            cut = buttonProblem(button);
        if (!cut.isEmpty())
            found << describe(widget) + QStringLiteral(": ") + cut;
    }
    // Siblings placed by the same layout.
    for (const QWidget* parent : std::as_const(shown) + QList<const QWidget*>{window}) {
        const QLayout* layout = parent->layout();
        if (!layout)
            continue;
        QList<const QWidget*> placed;
        for (const QObject* child : parent->children()) {
            const auto* widget = qobject_cast<const QWidget*>(child);
            if (widget && shown.contains(widget) && lays(layout, widget))
                placed << widget;
        }
        for (qsizetype i = 0; i < placed.size(); ++i) {
            for (qsizetype j = i + 1; j < placed.size(); ++j) {
                if (placed.at(i)->geometry().intersects(placed.at(j)->geometry()))
                    found << describe(placed.at(i)) + QStringLiteral(" at ") + rectText(placed.at(i)->geometry())
                            + QStringLiteral(" overlaps ") + describe(placed.at(j)) + QStringLiteral(" at ")
                            + rectText(placed.at(j)->geometry());
            }
        }
    }
    return found;
}

} // namespace LayoutChecks
