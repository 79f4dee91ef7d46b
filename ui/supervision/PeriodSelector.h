#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateEdit;

// The period that the supervisor's tabs share: whole local days, from one date to another
// (both included), with presets (today, the last 7 days, this month, last month). This month by
// default.
class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Today, Last7Days, ThisMonth, LastMonth, Custom };

    explicit PeriodSelector(QWidget* parent = nullptr);
    ~PeriodSelector() override;
    Q_DISABLE_COPY_MOVE(PeriodSelector)

    QDate firstDay() const;
    QDate lastDay() const;
    // The period as instants: the start of the first day, and the start of the day after the last.
    QDateTime from() const;
    QDateTime to() const;

    // The dates of a preset, relative to today.
    static std::pair<QDate, QDate> presetDays(Preset preset, const QDate& today);

Q_SIGNALS:
    // Once per change, whatever changed it.
    void periodChanged();

public Q_SLOTS:
    void setPeriod(const QDate& firstDay, const QDate& lastDay);
    void setPreset(PeriodSelector::Preset preset);

private:
    void onPresetActivated(int index);
    void onDatesEdited();

    QComboBox* m_presets;
    QDateEdit* m_from;
    QDateEdit* m_to;
};
