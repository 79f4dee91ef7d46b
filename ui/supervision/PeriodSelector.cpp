#include "supervision/PeriodSelector.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

PeriodSelector::PeriodSelector(QWidget* parent)
    : QWidget(parent), m_presets(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("periodSelector"));
    m_presets->setObjectName(QStringLiteral("periodPresetComboBox"));
    m_presets->addItem(tr("Today"), int(Preset::Today));
    m_presets->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_presets->addItem(tr("This month"), int(Preset::ThisMonth));
    m_presets->addItem(tr("Last month"), int(Preset::LastMonth));
    //: A period chosen with the two dates rather than a preset.
    m_presets->addItem(tr("Chosen dates"), int(Preset::Custom));
    m_presets->setAccessibleName(tr("Period"));
    m_presets->setAccessibleDescription(tr("A ready-made period; the dates beside it show and change it."));

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("periodFromDateEdit"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_from->setAccessibleDescription(tr("The period starts at midnight on this day."));
    m_to->setObjectName(QStringLiteral("periodToDateEdit"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_to->setAccessibleDescription(tr("The period ends at midnight after this day (the day is included)."));

    auto* presetLabel = new QLabel(tr("&Period:"), this);
    presetLabel->setBuddy(m_presets);
    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    //: Between the two dates of the period: "From [date] to [date]".
    auto* toLabel = new QLabel(tr("t&o:"), this);
    toLabel->setBuddy(m_to);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(presetLabel);
    layout->addWidget(m_presets);
    layout->addSpacing(12);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addStretch();
    setTabOrder(m_presets, m_from);
    setTabOrder(m_from, m_to);

    setPreset(Preset::ThisMonth);
    connect(m_presets, &QComboBox::activated, this, &PeriodSelector::onPresetActivated);
    connect(m_from, &QDateEdit::editingFinished, this, &PeriodSelector::onDatesEdited);
    connect(m_to, &QDateEdit::editingFinished, this, &PeriodSelector::onDatesEdited);
}

PeriodSelector::~PeriodSelector() = default;

QDate PeriodSelector::firstDay() const
{
    return m_from->date();
}

QDate PeriodSelector::lastDay() const
{
    return m_to->date();
}

QDateTime PeriodSelector::from() const
{
    return firstDay().startOfDay();
}

QDateTime PeriodSelector::to() const
{
    return lastDay().addDays(1).startOfDay();
}

std::pair<QDate, QDate> PeriodSelector::presetDays(Preset preset, const QDate& today)
{
    switch (preset) {
    case Preset::Today:
        return {today, today};
    case Preset::Last7Days:
        return {today.addDays(-6), today};
    case Preset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case Preset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case Preset::Custom:
        break;
    }
    return {today, today};
}

void PeriodSelector::setPeriod(const QDate& firstDay, const QDate& lastDay)
{
    const QDate first = std::min(firstDay, lastDay);
    const QDate last = std::max(firstDay, lastDay);
    if (first == m_from->date() && last == m_to->date())
        return;
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    // The preset that these dates are, if any.
    const QDate today = QDate::currentDate();
    int index = m_presets->findData(int(Preset::Custom));
    for (Preset preset : {Preset::Today, Preset::Last7Days, Preset::ThisMonth, Preset::LastMonth}) {
        if (presetDays(preset, today) == std::pair(first, last)) {
            index = m_presets->findData(int(preset));
            break;
        }
    }
    m_presets->setCurrentIndex(index);
    Q_EMIT periodChanged();
}

void PeriodSelector::setPreset(Preset preset)
{
    if (preset == Preset::Custom)
        return;
    const auto [first, last] = presetDays(preset, QDate::currentDate());
    setPeriod(first, last);
}

void PeriodSelector::onPresetActivated(int index)
{
    setPreset(Preset(m_presets->itemData(index).toInt()));
}

void PeriodSelector::onDatesEdited()
{
    setPeriod(m_from->date(), m_to->date());
}
